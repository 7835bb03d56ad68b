/** The state a KMS instance's operations share. */
import type { EngineDeps } from '../deps.ts';
import type { Policy } from '../policy/types.ts';
import type { AuditEvent } from '../types.ts';
import type { KeyStore } from './key-store.ts';
import type { QuotaWindow } from './quota.ts';

export interface KmsRuntime {
  store: KeyStore;
  quota: QuotaWindow;
  audit: AuditEvent[];
  deps: EngineDeps;
  identityPolicyFor(principalArn: string): Policy | undefined;
}
