import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Outcome } from '../../engine/index.ts';
import { challengeById } from '../../scenarios/challenges.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { fitPolicy } from './policy-fit.ts';
import type { PolicyLine } from './policy-lines.ts';
import { identityPolicyShown, type ShownPolicy, shownPolicy } from './step-policy.ts';

const selectLesson = (s: PlaygroundState) => s.lesson;

/** KMS said no to the caller (the key policy, and its IAM policy when the key policy lets IAM decide). */
const kmsRefusedCaller = (run: Outcome | undefined) =>
  run?.decidedBy?.stage === 'kms' && run.response.error?.code === 'AccessDenied';

/** Runs of lines that are, or are not, the deciding statement's. */
function groups(lines: PolicyLine[], deciding: number | undefined): { marked: boolean; text: string }[] {
  const runs: { marked: boolean; text: string }[] = [];
  for (const line of lines) {
    const marked = deciding !== undefined && line.statement === deciding;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += `\n${line.text}`;
    else runs.push({ marked, text: line.text });
  }
  return runs;
}

/**
 * The policy beside the step on screen: the one the step applies, or the bucket policy its request
 * meets (the set-up's, or the one an earlier step applied), or once the step has run and its
 * sender's identity policy decided it, that identity policy. The statement that decided is marked
 * and scrolled into view if the policy is taller than its box.
 */
export function PresenterPolicy() {
  const lesson = usePlayground(selectLesson);
  const index = lesson?.current ?? 0;
  const hides = lesson ? lesson.offScript || challengeById(lesson.scenario.id)?.hide === 'policy' : true;
  const run = lesson?.runs[index];
  const decidedBy = run?.decidedBy;
  // When the sender's identity policy decided, or KMS refused the sender a call its policies must
  // allow, that policy is the document the room needs to see (marked only when a statement decided).
  const identity =
    lesson && !hides && (decidedBy?.document === 'identity-policy' || kmsRefusedCaller(run))
      ? identityPolicyShown(lesson.scenario, index)
      : undefined;
  const shown = identity ?? (lesson ? shownPolicy(lesson.scenario, index, hides) : undefined);
  const deciding =
    (identity && decidedBy?.document === 'identity-policy') ||
    (!identity && shown?.inForce && decidedBy?.document === 'bucket-policy')
      ? decidedBy?.statement
      : undefined;
  if (!shown) return null;
  // One box per step: each starts from the largest size that fits the width.
  return <PolicyBox key={index} shown={shown} deciding={deciding} />;
}

/** The box's inner width, the root font size and a monospace character's width in em, as measured. */
function useBoxMeasure() {
  const box = useRef<HTMLPreElement>(null);
  const probe = useRef<HTMLSpanElement>(null);
  const [measure, setMeasure] = useState({ widthPx: 600, rootPx: 20, charEm: 0.6 });
  useLayoutEffect(() => {
    const pre = box.current;
    if (!pre) return;
    const read = () => {
      const style = getComputedStyle(pre);
      const widthPx = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const span = probe.current;
      const charEm = span
        ? span.getBoundingClientRect().width / 10 / parseFloat(getComputedStyle(span).fontSize)
        : 0.6;
      setMeasure((now) =>
        now.widthPx === widthPx && now.rootPx === rootPx && now.charEm === charEm
          ? now
          : { widthPx, rootPx, charEm },
      );
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(pre);
    return () => observer.disconnect();
  }, []);
  return { box, probe, measure };
}

function PolicyBox({ shown, deciding }: { shown: ShownPolicy; deciding: number | undefined }) {
  const headingId = useId();
  const marked = useRef<HTMLElement>(null);
  const { box, probe, measure } = useBoxMeasure();
  const [from, setFrom] = useState(0);
  const fitted = fitPolicy(shown.policy, measure, from);
  const runs = groups(fitted.lines, deciding);
  // The trace below keeps its pipeline and "Decided at" line whole, so this box can end up lower
  // than its text: then it steps down a size (a room cannot scroll it).
  useLayoutEffect(() => {
    const pre = box.current;
    if (!pre || !fitted.canShrink) return;
    const check = () => {
      if (pre.scrollHeight > pre.clientHeight + 1) setFrom(fitted.size + 1);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(pre);
    return () => observer.disconnect();
  }, [box, fitted.size, fitted.canShrink]);
  useEffect(() => {
    if (deciding !== undefined) marked.current?.scrollIntoView({ block: 'nearest' });
  }, [deciding]);
  return (
    <section aria-labelledby={headingId} className="flex max-h-[70%] min-h-0 flex-col gap-1">
      <h3 id={headingId} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {shown.label}
        {deciding !== undefined ? (
          <span className="font-normal"> (marked: the statement that decided this step)</span>
        ) : null}
      </h3>
      {/* Text, never markup: the lesson file's JSON as it is written. */}
      <pre
        ref={box}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box is reached by keyboard to scroll it.
        tabIndex={0}
        className={`relative min-h-0 overflow-auto rounded border border-slate-300 bg-white px-2 py-1 font-mono leading-tight whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${fitted.className}`}
      >
        {/* Ten characters, measured for the font's width; never seen. */}
        <span ref={probe} aria-hidden="true" className="invisible absolute">
          0000000000
        </span>
        {runs.map((run, at) =>
          run.marked ? (
            <mark
              // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one policy never move.
              key={at}
              ref={marked}
              className="block rounded-sm bg-amber-100 text-inherit ring-2 ring-amber-500 dark:bg-amber-900/60"
            >
              {run.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one policy never move.
            <span key={at} className="block">
              {run.text}
            </span>
          ),
        )}
      </pre>
    </section>
  );
}
