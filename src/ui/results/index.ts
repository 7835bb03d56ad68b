/**
 * The results panels UI-SHELL mounts at start: S3's answer and the decision trace. The stored
 * objects (ObjectsPanel.tsx) and the KMS audit log (AuditLogPanel.tsx) are imported lazily by
 * the tabs (layout/result-panels.tsx), so they stay out of the first load.
 */
export { ResponsePanel } from './ResponsePanel.tsx';
export { TracePanel } from './TracePanel.tsx';
