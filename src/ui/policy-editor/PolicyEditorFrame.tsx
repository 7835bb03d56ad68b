import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { PanelBoundary } from '../common/PanelBoundary.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';

const selectFull = (s: PlaygroundState) => s.editorFullHeight;

/**
 * The editor's box: drag its bottom-right corner to resize it (CSS resize), or "Full height" for
 * the whole window's height (at 1366×768 the fixed box showed about eight lines).
 */
export function PolicyEditorFrame() {
  const full = usePlayground(selectFull);
  return (
    <div
      className={`shrink-0 resize-y overflow-hidden rounded border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900 ${
        full ? 'h-[calc(100vh-5.5rem)]' : 'h-96 min-h-64 2xl:h-[32rem]'
      }`}
    >
      <PanelBoundary name="Bucket policy">
        <PolicyEditor />
      </PanelBoundary>
    </div>
  );
}
