/**
 * The request context KMS evaluates a GenerateDataKey or Decrypt call with. When S3 calls on a
 * requester's behalf (forward access session) the context carries kms:ViaService
 * (`s3.<region>.amazonaws.com`), aws:ViaAWSService true and aws:CalledVia, and no aws:SourceIp of
 * the requester (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
import { principalKeys } from '../policy/context/principal.ts';
import { setKey as put, type ServiceSource, sourceKeys, timeKeys } from '../policy/context/types.ts';
import type { RequestContext } from '../policy/evaluate/index.ts';
export interface KmsCallFacts {
  /** The KMS API action without the `kms:` prefix, e.g. `GenerateDataKey`. */
  action: string;
  keyArn: string;
  principal: RequestContext['principal'];
  encryptionContext: Record<string, string>;
  viaS3: boolean;
  region: string;
  sourceIp: string;
  nowMs: number;
  /** For a service principal: what it acts for (aws:SourceArn, aws:SourceAccount). */
  source?: ServiceSource;
}

export function kmsRequestContext(facts: KmsCallFacts): RequestContext {
  const keys: RequestContext['keys'] = {};
  for (const [k, v] of Object.entries(facts.encryptionContext)) put(keys, `kms:EncryptionContext:${k}`, [v]);
  const contextKeys = Object.keys(facts.encryptionContext);
  if (contextKeys.length > 0) put(keys, 'kms:EncryptionContextKeys', contextKeys);
  if (facts.principal.account) put(keys, 'kms:CallerAccount', [facts.principal.account]);
  if (facts.action === 'Decrypt') put(keys, 'kms:EncryptionAlgorithm', ['SYMMETRIC_DEFAULT']);
  // The same principal keys as in S3's context: for a role session aws:PrincipalArn is the role.
  principalKeys(facts.principal, keys);
  sourceKeys(facts.principal, facts.source, keys);
  timeKeys(facts.nowMs, keys);
  put(keys, 'aws:SecureTransport', ['true']);
  put(keys, 'aws:ViaAWSService', [String(facts.viaS3)]);
  if (facts.viaS3) {
    put(keys, 'kms:ViaService', [`s3.${facts.region}.amazonaws.com`]);
    put(keys, 'aws:CalledVia', ['s3.amazonaws.com']);
  } else {
    put(keys, 'aws:SourceIp', [facts.sourceIp]);
  }
  return { principal: facts.principal, action: `kms:${facts.action}`, resource: facts.keyArn, keys };
}
