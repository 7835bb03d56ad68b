import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { RightTab } from '../../state/slices/types.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { focusRing, PanelBoundary } from '../common/PanelBoundary.tsx';
import { RESULT_PANELS, TRACE_ONLY } from './result-panels.tsx';

const selectTab = (s: PlaygroundState) => s.rightTab;
const selectSetTab = (s: PlaygroundState) => s.setRightTab;

const TABS: { id: RightTab; label: string }[] = [
  { id: 'answer', label: 'Response & trace' },
  { id: 'objects', label: 'Objects' },
  { id: 'audit', label: 'Audit log' },
];

/**
 * The right column: S3's answer with its trace, Objects and Audit log as tabs (WAI-ARIA tabs: arrows
 * move). In presenter mode the answer is beside the step, so the first tab is the trace alone, and
 * the arrows move through the lesson's steps instead.
 */
export function ResultTabs({ traceOnly = false }: { traceOnly?: boolean }) {
  const tab = usePlayground(selectTab);
  const setTab = usePlayground(selectSetTab);
  // A tab's panel is mounted once it has been shown (and kept), so hidden tabs cost nothing at start.
  const [shown, setShown] = useState<ReadonlySet<RightTab>>(() => new Set([tab]));
  if (!shown.has(tab)) setShown(new Set([...shown, tab]));
  // In presenter mode the arrows belong to the steps (a clicker sends them after a tab was clicked),
  // so every tab is reached with Tab instead.
  const onKeyDown = (event: KeyboardEvent) => {
    if (traceOnly) return;
    const at = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(at + step + TABS.length) % TABS.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };
  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-2">
      <div
        role="tablist"
        aria-label="Results"
        className="flex gap-1 border-b border-slate-200 dark:border-slate-700"
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={traceOnly || tab === t.id ? 0 : -1}
            onKeyDown={onKeyDown}
            onClick={() => setTab(t.id)}
            className={`-mb-px rounded-t border px-3 py-1 text-sm ${focusRing} ${
              tab === t.id
                ? 'border-slate-200 border-b-white bg-white font-semibold dark:border-slate-700 dark:border-b-slate-900 dark:bg-slate-900'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
            }`}
          >
            {traceOnly && t.id === 'answer' ? 'Trace' : t.label}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <TabPanel key={t.id} id={t.id} hidden={tab !== t.id} label={t.label}>
          {shown.has(t.id) ? (traceOnly && t.id === 'answer' ? TRACE_ONLY : RESULT_PANELS[t.id]) : null}
        </TabPanel>
      ))}
    </div>
  );
}

function TabPanel({
  id,
  hidden,
  label,
  children,
}: {
  id: RightTab;
  hidden: boolean;
  label: string;
  children: ReactNode;
}) {
  return (
    <div
      id={`tabpanel-${id}`}
      role="tabpanel"
      aria-labelledby={`tab-${id}`}
      hidden={hidden}
      className="relative min-h-0 min-w-0 flex-1 overflow-auto"
    >
      <PanelBoundary name={label}>{children}</PanelBoundary>
    </div>
  );
}
