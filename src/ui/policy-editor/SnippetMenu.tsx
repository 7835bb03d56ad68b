import { type CSSProperties, useId, useRef, useState } from 'react';
import { addStatements } from './add-statements.ts';
import { POLICY_SNIPPETS, type SnippetTarget } from './policy-snippets.ts';

/**
 * The documented statements, added to the policy from a menu (works with the textarea too).
 * A policy that is not valid JSON is left untouched and the reason is shown. The menu is a popover
 * (top layer), so the editor's clipped frame does not cut it; Escape and a click outside close it.
 */
export function SnippetMenu({
  policyText,
  target,
  onChange,
}: {
  policyText: string;
  target: SnippetTarget;
  onChange(text: string): void;
}) {
  const [added, setAdded] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [place, setPlace] = useState<CSSProperties>({});
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const add = (id: string) => {
    const snippet = POLICY_SNIPPETS.find((candidate) => candidate.id === id);
    if (!snippet) return;
    const result = addStatements(policyText, snippet.statements(target));
    if (result.ok) {
      onChange(result.value);
      setAdded(`Added “${snippet.title}”.`);
      menuRef.current?.hidePopover();
    } else {
      setRefusal(result.error);
    }
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        popoverTarget={menuId}
        onClick={() => {
          const rect = buttonRef.current?.getBoundingClientRect();
          if (rect) setPlace({ top: rect.bottom + 4, left: rect.left });
          setAdded(null);
          setRefusal(null);
        }}
        className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Add a documented statement ▾
      </button>
      {/* aria-live rather than role="status": the region's one status is S3's answer to Apply. */}
      <p aria-live="polite" className="text-xs text-emerald-700 empty:hidden dark:text-emerald-400">
        {added}
      </p>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        style={place}
        className="fixed m-0 max-h-[70vh] w-80 overflow-auto rounded border border-slate-300 bg-white p-1 text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        {refusal ? (
          <p
            role="alert"
            className="m-1 rounded bg-amber-100 p-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100"
          >
            {refusal}
          </p>
        ) : null}
        <ul aria-label="Documented statements">
          {POLICY_SNIPPETS.map((snippet) => (
            <li key={snippet.id}>
              <button
                type="button"
                aria-describedby={`${menuId}-${snippet.id}`}
                className="w-full rounded px-2 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
                onClick={() => add(snippet.id)}
              >
                <span className="font-medium">{snippet.title}</span>
                <span
                  id={`${menuId}-${snippet.id}`}
                  className="block text-xs text-slate-500 dark:text-slate-400"
                >
                  {snippet.description}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
