import { Component, lazy, type ReactNode, Suspense, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import { PolicyTextarea } from './PolicyTextarea.tsx';

const MonacoPolicyEditor = lazy(() => import('./MonacoPolicyEditor.tsx'));

/** If Monaco's chunk fails to load, keep the textarea: the user's text lives in the store, not in Monaco. */
class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function PolicyEditor({ dark }: { dark: boolean }) {
  const policyText = usePlayground((s) => s.policyText);
  const setPolicyText = usePlayground((s) => s.setPolicyText);
  const [ready, setReady] = useState(false);
  const textarea = (status: string) => (
    <PolicyTextarea value={policyText} onChange={setPolicyText} status={status} />
  );
  return (
    <section aria-label="Bucket policy" className="flex h-full min-h-64 flex-col">
      <FallbackOnError
        fallback={textarea('The code editor could not load; this plain editor keeps your policy.')}
      >
        <Suspense fallback={textarea('Loading the code editor…')}>
          <div className="relative h-full min-h-64" data-editor-ready={ready}>
            <MonacoPolicyEditor
              value={policyText}
              onChange={setPolicyText}
              dark={dark}
              onReady={() => setReady(true)}
            />
          </div>
        </Suspense>
      </FallbackOnError>
    </section>
  );
}
