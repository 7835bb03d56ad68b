/** The results panels UI-SHELL mounts: S3's answer, the decision trace, the stored objects, the KMS audit log. */
export { AuditLogPanel } from './AuditLogPanel.tsx';
export { ObjectsPanel } from './ObjectsPanel.tsx';
export { ResponsePanel } from './ResponsePanel.tsx';
export { TracePanel } from './TracePanel.tsx';
