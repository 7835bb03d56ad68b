/**
 * The JSON the AWS CLI prints for `aws s3api get-bucket-policy` (the policy as the string `Policy`),
 * `get-bucket-encryption`, `get-public-access-block`, `get-bucket-versioning` and
 * `aws kms get-key-policy` (`Policy` and `PolicyName`), or a policy document itself (what
 * `--query Policy --output text` prints).
 */
import type { EncryptionConfiguration, PublicAccessBlockConfiguration } from '../../engine/index.ts';
import { err, ok, type Result } from '../../engine/index.ts';
import type { PasteProblem } from './tokenize.ts';

export type PastedOutput =
  | { kind: 'bucket-policy'; policyText: string }
  | { kind: 'key-policy'; policyText: string }
  | { kind: 'bucket-encryption'; configuration: EncryptionConfiguration }
  | { kind: 'public-access-block'; configuration: PublicAccessBlockConfiguration }
  | { kind: 'versioning'; status: 'Enabled' | 'Suspended' };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PAB_FIELDS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
] as const;

/** A key policy grants kms:* actions; a bucket policy s3:* ones. */
function grantsOnlyKms(policy: unknown): boolean {
  if (!isObject(policy)) return false;
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  const actions = statements.flatMap((s) => (isObject(s) ? [s.Action ?? s.NotAction ?? []].flat() : []));
  return actions.length > 0 && actions.every((a) => typeof a === 'string' && /^kms:/i.test(a));
}

function pretty(text: string): string {
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  } catch {
    return text;
  }
}

export function parseCliOutput(value: unknown): Result<PastedOutput, PasteProblem> {
  if (!isObject(value)) return err({ message: 'This JSON is not what an AWS CLI get- command prints.' });
  if (typeof value.Policy === 'string') {
    let policy: unknown;
    try {
      policy = JSON.parse(value.Policy);
    } catch {
      return err({ message: '"Policy" holds text that is not JSON.' });
    }
    const key = typeof value.PolicyName === 'string' || grantsOnlyKms(policy);
    return ok({ kind: key ? 'key-policy' : 'bucket-policy', policyText: pretty(value.Policy) });
  }
  // A policy document itself: what `--query Policy --output text` prints, or a file's contents.
  if ('Statement' in value) {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    return ok({ kind: grantsOnlyKms(value) ? 'key-policy' : 'bucket-policy', policyText: text });
  }
  const sse = value.ServerSideEncryptionConfiguration;
  if (isObject(sse)) {
    if (!Array.isArray(sse.Rules))
      return err({ message: 'ServerSideEncryptionConfiguration has no Rules list.' });
    return ok({ kind: 'bucket-encryption', configuration: sse as unknown as EncryptionConfiguration });
  }
  const pab = value.PublicAccessBlockConfiguration;
  if (isObject(pab)) {
    const wrong = PAB_FIELDS.find((f) => pab[f] !== undefined && typeof pab[f] !== 'boolean');
    if (wrong) return err({ message: `PublicAccessBlockConfiguration.${wrong} must be true or false.` });
    const configuration = Object.fromEntries(PAB_FIELDS.map((f) => [f, pab[f] === true]));
    return ok({
      kind: 'public-access-block',
      configuration: configuration as unknown as PublicAccessBlockConfiguration,
    });
  }
  if (value.Status === 'Enabled' || value.Status === 'Suspended')
    return ok({ kind: 'versioning', status: value.Status });
  if ('Status' in value) return err({ message: 'Versioning "Status" must be Enabled or Suspended.' });
  return err({
    message:
      'This JSON is not a policy, nor the output of get-bucket-policy, get-bucket-encryption, get-public-access-block, get-bucket-versioning or kms get-key-policy.',
  });
}
