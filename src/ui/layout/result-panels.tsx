import { lazy, type ReactNode, Suspense } from 'react';
import type { RightTab } from '../../state/slices/types.ts';
import { ResponsePanel, TracePanel } from '../results/index.ts';

// Objects and the audit log are fetched when their tab is first opened, not in the first load.
const ObjectsPanel = lazy(() =>
  import('../results/ObjectsPanel.tsx').then((m) => ({ default: m.ObjectsPanel })),
);
const AuditLogPanel = lazy(() =>
  import('../results/AuditLogPanel.tsx').then((m) => ({ default: m.AuditLogPanel })),
);

const loading = <p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>;

/** The right column's tabs mount UI-RESULTS's panels (src/ui/results/index.ts). */
export const RESULT_PANELS: Record<RightTab, ReactNode> = {
  answer: (
    <div className="flex flex-col gap-3">
      <ResponsePanel />
      <TracePanel />
    </div>
  ),
  objects: (
    <Suspense fallback={loading}>
      <ObjectsPanel />
    </Suspense>
  ),
  audit: (
    <Suspense fallback={loading}>
      <AuditLogPanel />
    </Suspense>
  ),
};

/**
 * Presenter mode's first tab: the answer is already beside the step. Its pipeline and "Decided at"
 * line stay in view; the steps scroll under them.
 */
export const TRACE_ONLY: ReactNode = <TracePanel pinHead />;
