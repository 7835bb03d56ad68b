import type { ReactNode } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { EmptyNote, Panel } from './common/Panel.tsx';
import { DifferenceNotes } from './trace/DifferenceNotes.tsx';
import { PipelineRow } from './trace/PipelineRow.tsx';
import { pipelineStages, type StageEntry } from './trace/pipeline-stages.ts';
import { StepDetails, stepElementId } from './trace/StepDetails.tsx';

const selectLastRun = (s: PlaygroundState) => s.lastRun;

/** Runs get a number so the pipeline row replays its entry animation for each new run. */
const runNumbers = new WeakMap<object, number>();
let nextRun = 0;
function runNumber(run: object): number {
  let number = runNumbers.get(run);
  if (number === undefined) {
    number = nextRun++;
    runNumbers.set(run, number);
  }
  return number;
}

function focusStep(index: number | undefined) {
  if (index === undefined) return;
  const element = document.getElementById(stepElementId(index));
  element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  element?.focus({ preventScroll: true });
}

/**
 * How S3 decided: the pipeline as gates, then every step with its values. With `pinHead` (presenter
 * mode) the panel fills its box and only the steps scroll: the "Decided at" line (beside the heading)
 * and the pipeline stay whole in view, and the panel asks its box for their height (its min-content).
 */
export function TracePanel({ pinHead = false }: { pinHead?: boolean }) {
  const lastRun = usePlayground(selectLastRun);
  if (!lastRun) {
    return (
      <Panel name="Trace">
        <EmptyNote>Send a request to see how S3 decides, gate by gate.</EmptyNote>
      </Panel>
    );
  }
  const { trace } = lastRun.outcome;
  const stages = pipelineStages(trace);
  const decidingStage = stages.find((entry) => entry.deciding);
  const decidingStep =
    decidingStage?.steps.find((index) => trace[index]?.outcome === 'fail') ?? decidingStage?.steps[0];
  // Pinned (presenter mode), the line sits on the heading's row, beside "Trace": the conclusion
  // first, and no row of its own to take from the policy box above.
  const decided =
    decidingStage && decidingStep !== undefined ? (
      <p data-testid="trace.decided-at" className={`text-sm ${pinHead ? 'min-w-0 flex-1 basis-72' : ''}`}>
        Decided at <strong>{decidingStage.label}</strong>: {trace[decidingStep]?.title}.{' '}
        <button
          type="button"
          className="text-sky-700 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-400"
          onClick={() => focusStep(decidingStep)}
        >
          Show why
        </button>
      </p>
    ) : null;
  return (
    <Panel name="Trace" className={pinHead ? 'h-full min-h-0' : ''} actions={pinHead ? decided : undefined}>
      <PipelineRow
        key={runNumber(lastRun)}
        stages={stages}
        onSelect={(entry: StageEntry) => focusStep(entry.steps[0])}
      />
      {pinHead ? null : decided}
      <TraceSteps pinned={pinHead}>
        <DifferenceNotes notes={lastRun.outcome.differences} />
        <ol aria-label="Steps" className="flex flex-col gap-2">
          {trace.map((step, index) => (
            <StepDetails
              // Steps are an append-only record of one run: the position is the identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              step={step}
              index={index}
              trace={trace}
              deciding={index === decidingStep}
            />
          ))}
        </ol>
      </TraceSteps>
    </Panel>
  );
}

/**
 * The differences and the steps: in their own scroll box when the head is pinned. Its height 0 (then
 * grown to the room left) keeps the steps out of the panel's min-content height.
 */
function TraceSteps({ pinned, children }: { pinned: boolean; children: ReactNode }) {
  if (!pinned) return children;
  return (
    <div className="flex h-0 min-h-0 grow flex-col gap-2 overflow-y-auto mask-b-from-[calc(100%-1.5rem)]">
      {children}
    </div>
  );
}
