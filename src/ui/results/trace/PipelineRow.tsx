import type { CSSProperties } from 'react';
import type { StageEntry, StageOutcome } from './pipeline-stages.ts';

const LOOK: Record<StageOutcome, { box: string; mark: string; words: string }> = {
  pass: {
    box: 'border-emerald-500 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
    mark: '✓',
    words: 'passed',
  },
  fail: {
    box: 'border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
    mark: '✗',
    words: 'failed',
  },
  skip: {
    box: 'border-dashed border-slate-400 bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300',
    mark: '–',
    words: 'skipped',
  },
  'not-reached': {
    box: 'border-dotted border-slate-300 text-slate-400 dark:border-slate-600 dark:text-slate-500',
    mark: '·',
    words: 'not reached',
  },
};

/**
 * The request passing through S3's gates, left to right ("Can I?" style): each gate lights up in
 * turn, the deciding one is ringed. Activating a gate moves to its step below.
 */
export function PipelineRow({
  stages,
  onSelect,
}: {
  stages: StageEntry[];
  onSelect(entry: StageEntry): void;
}) {
  return (
    <ol aria-label="Pipeline" className="flex flex-wrap items-center gap-1">
      {stages.map((entry, index) => {
        const look = LOOK[entry.outcome];
        // The stages draw in one after another, each with the › after it, so the row is never a
        // string of arrows with gaps; only their entrance moves (opacity, position, the deciding
        // stage's scale), so a theme switch recolours them all at once. 45 ms apart, the row is
        // whole within about 0.7 s.
        const delay: CSSProperties = { transitionDelay: `${index * 45}ms` };
        const label = `${entry.label}: ${look.words}${entry.deciding ? ', deciding stage' : ''}`;
        return (
          <li key={entry.stage} className="flex items-center gap-1">
            <button
              type="button"
              aria-label={label}
              title={label}
              disabled={entry.steps.length === 0}
              onClick={() => onSelect(entry)}
              style={delay}
              className={`rounded border-2 px-2 py-1 text-xs font-medium transition-[opacity,translate,scale] duration-300 starting:translate-y-1 starting:opacity-0 motion-reduce:transition-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${look.box} ${
                entry.deciding
                  ? // Room for the 10% growth and the ring, so a row's first chip is not cut at the panel's edge.
                    'mx-3 my-1 scale-110 shadow-md ring-2 ring-offset-1 ring-slate-900 dark:ring-white dark:ring-offset-slate-900'
                  : ''
              }`}
            >
              <span aria-hidden="true">{look.mark} </span>
              {entry.label}
            </button>
            {index < stages.length - 1 ? (
              <span
                aria-hidden="true"
                style={delay}
                className="text-slate-400 transition-opacity duration-300 starting:opacity-0 motion-reduce:transition-none"
              >
                ›
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
