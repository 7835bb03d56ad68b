import type { Ref } from 'react';

/** The plain editor: shown while Monaco loads, and instead of it if Monaco fails. Same text, same store. */
export function PolicyTextarea({
  value,
  onChange,
  status,
  textareaRef,
}: {
  value: string;
  onChange(text: string): void;
  status: string;
  textareaRef: Ref<HTMLTextAreaElement>;
}) {
  return (
    <div className="flex h-full flex-col">
      <textarea
        ref={textareaRef}
        aria-label="Policy JSON"
        className="h-full w-full flex-1 resize-none bg-white p-3 font-mono text-sm text-slate-900 outline-none dark:bg-slate-950 dark:text-slate-100"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="border-t border-slate-200 px-3 py-1 text-xs text-slate-600 dark:text-slate-400 dark:border-slate-800">
        {status}
      </p>
    </div>
  );
}
