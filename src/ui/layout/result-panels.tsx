import type { ReactNode } from 'react';
import type { RightTab } from '../../state/slices/types.ts';
import { AuditLogPanel, ObjectsPanel, ResponsePanel, TracePanel } from '../results/index.ts';

/** The right column's tabs mount UI-RESULTS's panels (src/ui/results/index.ts). */
export const RESULT_PANELS: Record<RightTab, ReactNode> = {
  answer: (
    <div className="flex flex-col gap-3">
      <ResponsePanel />
      <TracePanel />
    </div>
  ),
  objects: <ObjectsPanel />,
  audit: <AuditLogPanel />,
};

/** Presenter mode's first tab: the answer is already beside the step. */
export const TRACE_ONLY: ReactNode = <TracePanel />;
