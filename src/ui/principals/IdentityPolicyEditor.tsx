import { Suspense, useId, useState } from 'react';
import type { Diagnostic } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { inputClass } from '../common/PanelBoundary.tsx';
import { useCursorCarry } from '../policy-editor/cursor-carry.ts';
import { DiagnosticsList } from '../policy-editor/DiagnosticsList.tsx';
import { FallbackOnError } from '../policy-editor/fallback-on-error.tsx';
import { inlineStylesAllowed } from '../policy-editor/inline-styles.ts';
import { LazyMonacoPolicyEditor } from '../policy-editor/lazy-monaco.tsx';
import { POLICY_MODEL_PATH } from '../policy-editor/policy-schema.ts';
import { snippetTargetOf } from '../policy-editor/snippet-target.ts';

const selectDark = (s: PlaygroundState) => s.theme === 'dark';
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectSetup = (s: PlaygroundState) => s.setup;
const selectKeys = (s: PlaygroundState) => s.snapshot?.kmsKeys;

/** A Monaco model of its own per principal (the bucket policy's is POLICY_MODEL_PATH itself). */
const modelPath = (arn: string) => `identity/${arn.replace(/[^A-Za-z0-9]+/g, '-')}/${POLICY_MODEL_PATH}`;

/**
 * A principal's identity policy in the same code editor as the bucket policy (loaded through the
 * same lazy chunk), with the engine's diagnostics as markers and as the list below; a plain
 * textarea while Monaco loads or if it cannot.
 */
export function IdentityPolicyEditor({
  active,
  arn,
  text,
  onChange,
  diagnostics,
  placeholder,
}: {
  active: boolean;
  arn: string;
  text: string;
  onChange(text: string): void;
  diagnostics: readonly Diagnostic[];
  placeholder: string;
}) {
  const dark = usePlayground(selectDark);
  const large = usePlayground(selectLarge);
  const target = snippetTargetOf(usePlayground(selectSetup), usePlayground(selectKeys));
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const carry = useCursorCarry();
  const { ready } = carry;
  const controls = carry.controls;
  const fieldId = useId();
  const label = `Identity policy of ${arn}`;
  const textarea = (
    <textarea
      ref={carry.textareaRef}
      id={fieldId}
      aria-label={label}
      value={text}
      onChange={(e) => onChange(e.target.value)}
      rows={10}
      spellCheck={false}
      placeholder={placeholder}
      className={`${inputClass} h-full font-mono text-xs`}
    />
  );
  return (
    <div className="flex flex-col gap-1">
      <p id={`${fieldId}-label`} className="font-medium">
        {label}
      </p>
      {ready ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {tabMovesFocus ? 'Tab moves focus out of the editor.' : 'Escape then Tab leaves the editor.'}
        </p>
      ) : null}
      <div
        className="h-56 resize-y overflow-hidden rounded border border-slate-300 dark:border-slate-600"
        data-identity-policy={arn}
        data-editor-ready={ready}
      >
        {active && !inlineStylesAllowed() ? (
          // A Content-Security-Policy that blocks inline styles: the plain editor (inline-styles.ts).
          textarea
        ) : active ? (
          <FallbackOnError fallback={textarea}>
            <Suspense fallback={textarea}>
              <LazyMonacoPolicyEditor
                value={text}
                onChange={onChange}
                dark={dark}
                large={large}
                diagnostics={diagnostics}
                snippetTarget={target}
                highlight={null}
                onReady={carry.monacoReady}
                onTabFocusChange={setTabMovesFocus}
                path={modelPath(arn)}
                ariaLabel={label}
                compact
              />
            </Suspense>
          </FallbackOnError>
        ) : null}
      </div>
      <div className="rounded border border-slate-200 dark:border-slate-700">
        <DiagnosticsList
          diagnostics={diagnostics}
          empty={text.trim() === ''}
          onReveal={(diagnostic) => controls.current?.revealDiagnostic(diagnostic)}
        />
      </div>
    </div>
  );
}
