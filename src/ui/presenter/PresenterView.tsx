import { usePlayground, usePlaygroundStore } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass } from '../common/PanelBoundary.tsx';
import { ResultTabs } from '../layout/ResultTabs.tsx';
import { PresenterPolicy } from './PresenterPolicy.tsx';
import { PresenterStep } from './PresenterStep.tsx';
import { pressPresenterStep } from './presenter-keys.ts';

const selectLesson = (s: PlaygroundState) => s.lesson;
const selectSetPresenter = (s: PlaygroundState) => s.setPresenter;
const selectTab = (s: PlaygroundState) => s.rightTab;

/**
 * The projector layout: the bucket and KMS columns, the policy editor and the request builder are
 * folded away; the current step, its explanation, S3's answer and the trace fill the screen.
 */
export function PresenterView() {
  const store = usePlaygroundStore();
  const lesson = usePlayground(selectLesson);
  const setPresenter = usePlayground(selectSetPresenter);
  const tab = usePlayground(selectTab);
  const steps = lesson?.scenario.steps.length ?? 0;
  const index = lesson?.current ?? 0;
  const lastRan = lesson?.runs[index] !== undefined && index === steps - 1;
  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-200 px-3 py-1.5 dark:border-slate-700">
        {/* A long title wraps (on a projector the whole of it matters more than one line). */}
        <h1 className="min-w-0 flex-1 text-base font-semibold [overflow-wrap:anywhere]">
          {lesson ? lesson.scenario.title : 'S3 Encryption Playground'}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          {lesson ? (
            <>
              <span className="whitespace-nowrap">
                Step {index + 1} of {steps}
              </span>
              <button
                type="button"
                className={buttonClass}
                disabled={index === 0}
                onClick={() => void pressPresenterStep(store, -1)}
              >
                Previous step
              </button>
              <button
                type="button"
                className={buttonClass}
                disabled={lastRan}
                onClick={() => void pressPresenterStep(store, 1)}
              >
                Next step
              </button>
            </>
          ) : null}
          <button
            type="button"
            className={buttonClass}
            aria-pressed={true}
            onClick={() => setPresenter(false)}
          >
            Presenter mode
          </button>
          <span className="whitespace-nowrap text-sm text-slate-600 dark:text-slate-400">
            Esc leaves · ← →
          </span>
        </div>
      </header>
      <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-3 p-3">
        <PresenterStep />
        {/*
          The policy the step meets or applies sits above the trace, at the height it needs, but the
          trace's pipeline and "Decided at" line come first: on the trace tab the results box is never
          lower than they are (its min-content, the steps scrolling under them), and the policy box
          gives up the height.
        */}
        <div className="flex min-h-0 min-w-0 flex-col gap-2">
          <PresenterPolicy />
          <aside
            aria-label="Results"
            className={`flex min-w-0 flex-1 flex-col rounded border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900 ${tab === 'answer' ? 'min-h-min' : 'min-h-0'}`}
          >
            <ResultTabs traceOnly />
          </aside>
        </div>
      </main>
    </div>
  );
}
