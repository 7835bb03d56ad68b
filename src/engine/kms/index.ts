/**
 * The simulated AWS KMS of one account: customer managed keys (setup, kms:CreateKey), the AWS
 * managed `aws/s3` key, GenerateDataKey/Decrypt with real AES-256-GCM wrapping, key policies with
 * IAM, key states, the shared per-second quota on the simulated clock, and a CloudTrail-shaped log.
 */
import type { EngineDeps } from '../deps.ts';
import type { Policy } from '../policy/types.ts';
import { ok } from '../result.ts';
import { keyArnOf } from './arns.ts';
import { createAuditLog } from './audit-log.ts';
import { decrypt, generateDataKey } from './crypto-ops.ts';
import { addSetupKey } from './key-creation.ts';
import { keyInfo } from './key-record.ts';
import { createKeyStore } from './key-store.ts';
import { management } from './management.ts';
import { keySnapshot } from './metadata.ts';
import { createQuotaWindow } from './quota.ts';
import { keyProblemForS3, resolveKeyForApi, resolveKeyForS3 } from './resolve.ts';
import type { KmsRuntime } from './runtime.ts';
import type { Kms } from './types.ts';

export interface KmsOptions {
  account: string;
  region: string;
  requestsPerSecond: number;
  deps: EngineDeps;
  identityPolicyFor(principalArn: string): Policy | undefined;
}

export function createKms(options: KmsOptions): Kms {
  const { account, region, requestsPerSecond, deps } = options;
  const rt: KmsRuntime = {
    store: createKeyStore(account, region, deps),
    quota: createQuotaWindow(requestsPerSecond),
    audit: createAuditLog(),
    deps,
    identityPolicyFor: options.identityPolicyFor,
  };
  return kmsOver(rt, options);
}

/** The KMS API over one runtime; `forRequest` gives a view over the same keys that also collects events. */
function kmsOver(rt: KmsRuntime, options: KmsOptions): Kms {
  const { account, region, requestsPerSecond, deps } = options;
  return {
    account,
    region,
    requestsPerSecond,
    addKey: async (setup) => {
      const added = addSetupKey(rt, setup);
      if (!added.ok) return added;
      await added.value.backingKey;
      return ok(keyInfo(added.value));
    },
    awsManagedKeyArn: () => keyArnOf(region, account, rt.store.awsManagedKeyId),
    keyArn: (idOrAlias) => {
      // `{{keyArn:ID}}` is "the ARN of the key with that id, in its own Region"
      // (docs/scenario-format.md, "Request"): a bare id of a key in another Region still names it.
      const byId = rt.store.get(idOrAlias);
      if (byId !== undefined) return byId.arn;
      const found = resolveKeyForApi(rt.store, idOrAlias);
      return found.ok ? found.value.arn : undefined;
    },
    resolveKeyForS3: (text, callerAccount, bucketAccount) => {
      const found = resolveKeyForS3(rt.store, text, callerAccount, bucketAccount);
      return found.ok ? ok(keyInfo(found.value)) : found;
    },
    keyProblemForS3: (text, account) => keyProblemForS3(rt.store, text, account),
    generateDataKey: (input) => generateDataKey(rt, input),
    decrypt: (input) => decrypt(rt, input),
    ...management(rt),
    auditLog: () => rt.audit.events(),
    auditEventsDropped: () => rt.audit.dropped(),
    listKeys: () => rt.store.all().map(keySnapshot),
    keyState: (keyArn) => {
      const found = resolveKeyForApi(rt.store, keyArn);
      return found.ok ? found.value.state : undefined;
    },
    callsInWindow: () => rt.quota.count(deps.now()),
    forRequest: (events) => kmsOver({ ...rt, requestEvents: events }, options),
    // A fork's own runtime: keys, counters, quota and log copied; no request's events collected.
    fork: (forkDeps, identityPolicyFor) =>
      kmsOver(
        {
          store: rt.store.fork(forkDeps),
          quota: rt.quota.fork(),
          audit: rt.audit.fork(),
          deps: forkDeps,
          identityPolicyFor,
        },
        { ...options, deps: forkDeps, identityPolicyFor },
      ),
  };
}
