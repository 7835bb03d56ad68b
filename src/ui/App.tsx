import { useState } from 'react';
import { PlaygroundProvider } from '../state/context.tsx';
import { PolicyEditor } from './policy-editor/PolicyEditor.tsx';

export function App() {
  const [dark, setDark] = useState(false);
  return (
    <PlaygroundProvider>
      <div className={dark ? 'dark' : ''}>
        <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
          <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2 dark:border-slate-700">
            <h1 className="text-lg font-semibold">S3 Encryption Playground</h1>
            <button
              type="button"
              className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
              onClick={() => setDark(!dark)}
            >
              {dark ? 'Light theme' : 'Dark theme'}
            </button>
          </header>
          <main className="grid flex-1 grid-cols-1 gap-2 p-2 lg:grid-cols-[18rem_1fr_24rem]">
            <aside
              aria-label="Bucket and KMS"
              className="rounded border border-slate-200 p-3 dark:border-slate-700"
            >
              <h2 className="font-medium">Bucket</h2>
            </aside>
            <div className="flex flex-col gap-2">
              <div className="h-96 overflow-hidden rounded border border-slate-200 dark:border-slate-700">
                <PolicyEditor dark={dark} />
              </div>
              <section
                aria-label="Request"
                className="rounded border border-slate-200 p-3 dark:border-slate-700"
              >
                <h2 className="font-medium">Request</h2>
              </section>
            </div>
            <aside aria-label="Results" className="rounded border border-slate-200 p-3 dark:border-slate-700">
              <h2 className="font-medium">Response</h2>
            </aside>
          </main>
        </div>
      </div>
    </PlaygroundProvider>
  );
}
