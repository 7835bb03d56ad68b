import { lazy, Suspense, useEffect, useState } from 'react';
import type { Diagnostic } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { ownBucket } from '../../state/own-bucket.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { useCursorCarry } from './cursor-carry.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { decidingBucketStatement } from './deciding-statement.ts';
import { FallbackOnError } from './fallback-on-error.tsx';
import { INLINE_STYLES_BLOCKED_STATUS, inlineStylesAllowed } from './inline-styles.ts';
import type { StatementHighlight } from './MonacoPolicyEditor.tsx';
import { PolicyApplyBar } from './PolicyApplyBar.tsx';
import { PolicyTextarea } from './PolicyTextarea.tsx';
import { SnippetMenu } from './SnippetMenu.tsx';
import { snippetTargetOf } from './snippet-target.ts';

const MonacoPolicyEditor = lazy(() => import('./MonacoPolicyEditor.tsx'));

const selectText = (s: PlaygroundState) => s.policyText;
const selectSetText = (s: PlaygroundState) => s.setPolicyText;
const selectDiagnostics = (s: PlaygroundState) => s.policyDiagnostics;
const selectDark = (s: PlaygroundState) => s.theme === 'dark';
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectSetup = (s: PlaygroundState) => s.setup;
const selectKeys = (s: PlaygroundState) => s.snapshot?.kmsKeys;
const selectLastOutcome = (s: PlaygroundState) => s.lastRun?.outcome;
const selectBucketPolicy = (s: PlaygroundState) => ownBucket(s.snapshot)?.policyText ?? '';
const selectReveal = (s: PlaygroundState) => s.policyReveal;
const selectFocusRequest = (s: PlaygroundState) => s.policyFocus;
const selectFull = (s: PlaygroundState) => s.editorFullHeight;
const selectLines = (s: PlaygroundState) => s.policyStatementLines;
const selectSetFull = (s: PlaygroundState) => s.setEditorFullHeight;

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
  const lastOutcome = usePlayground(selectLastOutcome);
  const bucketPolicy = usePlayground(selectBucketPolicy);
  const revealRequest = usePlayground(selectReveal);
  const fullHeight = usePlayground(selectFull);
  const setFullHeight = usePlayground(selectSetFull);
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const carry = useCursorCarry();
  const { ready } = carry;
  const monaco = carry.controls;
  const reveal = (diagnostic: Diagnostic) =>
    monaco.current
      ? monaco.current.revealDiagnostic(diagnostic)
      : revealInTextarea(carry.textarea.current, diagnostic);

  // "Try your own policy": the cursor in the policy, even if Monaco is still on its way.
  const focusRequest = usePlayground(selectFocusRequest);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request (its count) moves the focus
  useEffect(() => {
    if (focusRequest > 0) carry.focus();
  }, [focusRequest]);

  // The statement that decided the last request, while the editor holds the policy it was judged by.
  const lines = usePlayground(selectLines);
  const deciding = decidingBucketStatement(lastOutcome);
  const judgedByThisText = policyText.trim() === bucketPolicy.trim();
  const decidingLines = deciding && judgedByThisText ? lines[deciding.index] : undefined;
  const highlight: StatementHighlight | null =
    deciding && decidingLines ? { ...decidingLines, effect: deciding.effect } : null;

  // A Sid clicked in the trace: move the cursor to that statement. Before Monaco is up, in the plain
  // editor (the cursor then carries over into Monaco); it was ignored until Monaco had loaded.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request (its nonce) moves the cursor
  useEffect(() => {
    if (!revealRequest) return;
    const statement = lines[revealRequest.index];
    if (!statement) return;
    if (monaco.current) monaco.current.revealLine(statement.startLine);
    else carry.focus(statement.startOffset);
  }, [revealRequest?.nonce]);

  const textarea = (status: string) => (
    <PolicyTextarea
      value={policyText}
      onChange={setPolicyText}
      status={status}
      textareaRef={carry.textareaRef}
    />
  );
  return (
    <section aria-label="Bucket policy" className="flex h-full min-h-64 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-2 py-1 dark:border-slate-800">
        <h2 className="text-sm font-semibold">Bucket policy</h2>
        <SnippetMenu policyText={policyText} target={snippetTarget} onChange={setPolicyText} />
        <button
          type="button"
          aria-pressed={fullHeight}
          onClick={() => setFullHeight(!fullHeight)}
          className="rounded border border-slate-300 px-1.5 py-0.5 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Full height
        </button>
        <PolicyApplyBar />
      </div>
      {ready ? (
        <p className="flex flex-wrap items-center gap-1 px-2 text-xs text-slate-600 dark:text-slate-400">
          {tabMovesFocus
            ? 'Tab moves focus out of the editor.'
            : 'Tab indents. Press Escape then Tab to leave the editor, or'}
          <button
            type="button"
            aria-pressed={tabMovesFocus}
            onClick={() => monaco.current?.toggleTabFocus()}
            className="underline decoration-dotted focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            {tabMovesFocus ? 'let Tab indent again' : 'let Tab move focus'}
          </button>
          {highlight ? (
            <span
              className={
                highlight.effect === 'Deny'
                  ? 'text-red-700 dark:text-red-400'
                  : 'text-emerald-700 dark:text-emerald-400'
              }
            >
              · Highlighted: the statement{deciding?.sid ? ` "${deciding.sid}"` : ''} that decided the last
              request ({highlight.effect}).
            </span>
          ) : null}
        </p>
      ) : null}
      {/* min-h-32, not more: with large text in a 1280-wide column the bars above wrap, and the
          problems line below must stay in the box (it is what says the policy is sound). */}
      <div className="min-h-32 flex-1">
        {inlineStylesAllowed() ? (
          <FallbackOnError
            fallback={textarea('The code editor could not load; this plain editor keeps your policy.')}
          >
            <Suspense fallback={textarea('Loading the code editor…')}>
              <div className="relative h-full min-h-32" data-editor-ready={ready}>
                <MonacoPolicyEditor
                  value={policyText}
                  onChange={setPolicyText}
                  dark={dark}
                  large={large}
                  diagnostics={diagnostics}
                  snippetTarget={snippetTarget}
                  highlight={highlight}
                  onReady={carry.monacoReady}
                  onTabFocusChange={setTabMovesFocus}
                />
              </div>
            </Suspense>
          </FallbackOnError>
        ) : (
          textarea(INLINE_STYLES_BLOCKED_STATUS)
        )}
      </div>
      <DiagnosticsList diagnostics={diagnostics} empty={policyText.trim() === ''} onReveal={reveal} />
    </section>
  );
}
