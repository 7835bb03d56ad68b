import { formatBytes, TRACE_STAGES } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState, RunProgress } from '../../state/slices/types.ts';
import { smallButtonClass } from '../common/PanelBoundary.tsx';
import { STAGE_LABELS } from '../results/trace/pipeline-stages.ts';

const selectProgress = (s: PlaygroundState) => s.progress;
const selectCancel = (s: PlaygroundState) => s.cancelSend;

/** The pipeline's stages before the answer is written: how far a request has gone of them. */
const STEPS = TRACE_STAGES.length - 1;

/**
 * What the line says and how far its bar is: in stages, and while the object's bytes are encrypted
 * or decrypted, in those bytes, so the bar and the words ("23 MiB of 46 MiB") say the same.
 */
export function progressText(progress: RunProgress | null): { text: string; done: number; max: number } {
  if (!progress || progress.phase === 'queued') return { text: 'Sending…', done: 0, max: STEPS };
  if (progress.phase === 'reading') return { text: `Reading ${progress.name}…`, done: 0, max: STEPS };
  const index = TRACE_STAGES.indexOf(progress.stage);
  if (progress.phase === 'bytes') {
    return {
      text: `Sending… (${STAGE_LABELS[progress.stage]}: ${formatBytes(progress.done)} of ${formatBytes(progress.total)})`,
      done: progress.total > 0 ? progress.done : 1,
      max: progress.total > 0 ? progress.total : 1,
    };
  }
  return {
    text: `Sending… (${STAGE_LABELS[progress.stage]}, stage ${index + 1} of ${STEPS})`,
    done: index,
    max: STEPS,
  };
}

/** While a request is in flight: where it is, and a way to stop it before S3 stores anything. */
export function SendProgressLine() {
  const progress = usePlayground(selectProgress);
  const cancel = usePlayground(selectCancel);
  const { text, done, max } = progressText(progress);
  return (
    <span className="flex items-center gap-2">
      <output aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
        {text}
      </output>
      <progress aria-label="Request progress" max={max} value={done} className="w-24" />
      <button type="button" className={smallButtonClass} onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}
