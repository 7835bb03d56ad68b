import { Component, lazy, type ReactNode, Suspense, useCallback, useRef, useState } from 'react';
import type { Diagnostic } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { PolicyApplyBar } from './PolicyApplyBar.tsx';
import { PolicyTextarea } from './PolicyTextarea.tsx';
import { SnippetMenu } from './SnippetMenu.tsx';
import { snippetTargetOf } from './snippet-target.ts';

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

const selectText = (s: PlaygroundState) => s.policyText;
const selectSetText = (s: PlaygroundState) => s.setPolicyText;
const selectDiagnostics = (s: PlaygroundState) => s.policyDiagnostics;
const selectDark = (s: PlaygroundState) => s.theme === 'dark';
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectSetup = (s: PlaygroundState) => s.setup;
const selectKeys = (s: PlaygroundState) => s.snapshot?.kmsKeys;

/** Selects a diagnostic's range in the plain editor (Monaco does the same in its own way). */
function revealInTextarea(textarea: HTMLTextAreaElement | null, diagnostic: Diagnostic) {
  if (!textarea) return;
  textarea.focus();
  textarea.setSelectionRange(
    diagnostic.range.start.offset,
    Math.max(diagnostic.range.end.offset, diagnostic.range.start.offset),
  );
}

export function PolicyEditor() {
  const policyText = usePlayground(selectText);
  const setPolicyText = usePlayground(selectSetText);
  const diagnostics = usePlayground(selectDiagnostics);
  const dark = usePlayground(selectDark);
  const large = usePlayground(selectLarge);
  const setup = usePlayground(selectSetup);
  const kmsKeys = usePlayground(selectKeys);
  const snippetTarget = snippetTargetOf(setup, kmsKeys);
  const [ready, setReady] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const monacoReveal = useRef<((diagnostic: Diagnostic) => void) | null>(null);

  const onMonacoReady = useCallback((reveal: (diagnostic: Diagnostic) => void) => {
    monacoReveal.current = reveal;
    setReady(true);
  }, []);
  const reveal = (diagnostic: Diagnostic) =>
    monacoReveal.current
      ? monacoReveal.current(diagnostic)
      : revealInTextarea(textareaRef.current, diagnostic);

  const textarea = (status: string) => (
    <PolicyTextarea value={policyText} onChange={setPolicyText} status={status} textareaRef={textareaRef} />
  );
  return (
    <section aria-label="Bucket policy" className="flex h-full min-h-64 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-2 py-1 dark:border-slate-800">
        <h2 className="text-sm font-semibold">Bucket policy</h2>
        <SnippetMenu policyText={policyText} target={snippetTarget} onChange={setPolicyText} />
        <PolicyApplyBar />
      </div>
      <div className="min-h-48 flex-1">
        <FallbackOnError
          fallback={textarea('The code editor could not load; this plain editor keeps your policy.')}
        >
          <Suspense fallback={textarea('Loading the code editor…')}>
            <div className="relative h-full min-h-48" data-editor-ready={ready}>
              <MonacoPolicyEditor
                value={policyText}
                onChange={setPolicyText}
                dark={dark}
                large={large}
                diagnostics={diagnostics}
                snippetTarget={snippetTarget}
                onReady={onMonacoReady}
              />
            </div>
          </Suspense>
        </FallbackOnError>
      </div>
      <DiagnosticsList diagnostics={diagnostics} empty={policyText.trim() === ''} onReveal={reveal} />
    </section>
  );
}
