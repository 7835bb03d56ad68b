/** The state a KMS instance's operations share. */
import type { EngineDeps } from '../deps.ts';
import type { Policy } from '../policy/types.ts';
import type { AuditEvent } from '../types.ts';
import type { AuditLog } from './audit-log.ts';
import type { KeyStore } from './key-store.ts';
import type { QuotaWindow } from './quota.ts';

export interface KmsRuntime {
  store: KeyStore;
  quota: QuotaWindow;
  audit: AuditLog;
  /**
   * The events of the one request this view of the KMS serves (see `Kms.forRequest`): a request
   * reports the calls it made itself, even while another request runs on the same KMS.
   */
  requestEvents?: AuditEvent[];
  deps: EngineDeps;
  identityPolicyFor(principalArn: string): Policy | undefined;
}

/** Every KMS call is logged once for the account and once for the request that made it. */
export function logAudit(rt: KmsRuntime, event: AuditEvent): void {
  rt.audit.add(event);
  rt.requestEvents?.push(event);
}
