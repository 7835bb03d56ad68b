/**
 * Why a policy said no, in the learner's words, and what would change it: the deciding statement
 * with the condition values that made it apply (spec §6: an explicit deny wins; conditions see the
 * request as sent, before the bucket default applies, spec §1.1), or what is missing for an allow
 * (another account needs both sides; RestrictPublicBuckets ignores public grants).
 */
import type { Authorization } from '../../policy/authorize/index.ts';
import type { ConditionTrace, PolicyEvaluation, StatementTrace } from '../../policy/evaluate/types.ts';
import type { JsonObject } from '../../types.ts';
import { networkRemedy } from './network-remedy.ts';

export interface DenialExplanation {
  /** One line: which policy and statement said no, or that none said yes. */
  title: string;
  why: string;
  remedy: string;
  /** The deciding statement and its conditions, when a statement decided. */
  deciding?: JsonObject;
}

function decidingStatement(
  authorization: Authorization,
): { where: string; statement: StatementTrace } | undefined {
  const evaluation: PolicyEvaluation | undefined =
    authorization.decidedBy === 'identity-policy' ? authorization.identityPolicy : authorization.bucketPolicy;
  const index = evaluation?.decidingStatement;
  const statement = index === undefined ? undefined : evaluation?.statements[index];
  if (!statement) return undefined;
  const where = authorization.decidedBy === 'identity-policy' ? 'identity policy' : 'bucket policy';
  return { where, statement };
}

const statementName = (s: StatementTrace) => (s.sid ? `"${s.sid}"` : `Statement[${s.index}]`);

function statementData(where: string, s: StatementTrace): JsonObject {
  return {
    policy: where,
    index: s.index,
    ...(s.sid ? { sid: s.sid } : {}),
    effect: s.effect,
    conditions: s.conditions.map((c) => ({
      operator: c.operator,
      key: c.key,
      requestValues: c.keyPresent ? c.contextValues : 'absent',
      policyValues: c.resolvedPolicyValues ?? c.policyValues,
      matched: c.matched,
    })),
  };
}

const byKey = (s: StatementTrace, key: string) =>
  s.conditions.filter((c) => c.matched && c.key.toLowerCase() === key);

/** A header condition (s3:x-amz-...): send the value a negated operator asks for, or avoid the one a positive operator refuses. */
function headerRemedy(c: ConditionTrace): string {
  const header = c.key.slice('s3:'.length).toLowerCase();
  const values = (c.resolvedPolicyValues ?? c.policyValues).join(' or ');
  if (!/Not/.test(c.operator))
    return `Send ${header} with a value other than ${values}, or change the statement.`;
  const defaultNote =
    header === 'x-amz-server-side-encryption' && !c.keyPresent
      ? ' (the bucket default is applied only after the policy is evaluated)'
      : '';
  return `Send ${header}: ${values} in the request${defaultNote}, or change the statement.`;
}

/**
 * A remedy for the usual denying conditions (users.md moments 1, 9, 10): a missing or unwanted SSE
 * header, plain HTTP, or a Deny on aws:SecureTransport "true" that refuses HTTPS itself.
 */
function denyRemedy(s: StatementTrace): string {
  const transport = byKey(s, 'aws:securetransport')[0];
  if (transport) {
    return transport.contextValues.includes('true')
      ? 'This statement denies requests made over HTTPS: a Deny meant to refuse plain HTTP must test aws:SecureTransport "false". Change the statement.'
      : 'Send the request over HTTPS, or change that statement.';
  }
  const compared = s.conditions.find(
    (c) => c.matched && c.key.toLowerCase().startsWith('s3:x-amz-') && /String/.test(c.operator),
  );
  if (compared) return headerRemedy(compared);
  const network = networkRemedy(s);
  if (network) return network;
  const presence = byKey(s, 's3:x-amz-server-side-encryption')[0];
  if (presence) {
    return presence.keyPresent
      ? 'Leave x-amz-server-side-encryption out, or change the statement.'
      : 'Send x-amz-server-side-encryption (AES256 or aws:kms) in the request: the bucket default is applied only after the policy is evaluated. Or change the statement.';
  }
  if (s.conditions.length > 0)
    return 'Change the request so one of these conditions no longer matches, or change that statement.';
  return `Remove or narrow statement ${statementName(s)}: it denies this action without any condition.`;
}

export function explainDenial(authorization: Authorization): DenialExplanation {
  const found = decidingStatement(authorization);
  if (authorization.decision === 'ExplicitDeny' && found) {
    const { where, statement } = found;
    const reasons = statement.conditions.map((c) => c.reason).join(' ');
    return {
      title: `Explicit deny: ${where} statement ${statementName(statement)}`,
      why: `${authorization.summary}${reasons ? ` It applies because: ${reasons}` : ''}`,
      remedy: denyRemedy(statement),
      deciding: statementData(where, statement),
    };
  }
  if (authorization.publicGrantIgnored) {
    return {
      title: 'Public grant ignored (RestrictPublicBuckets)',
      why: authorization.summary,
      remedy:
        "Grant the caller by name (its account or ARN) instead of publicly, or turn RestrictPublicBuckets off in the bucket's Block Public Access settings.",
    };
  }
  if (authorization.resourceOnly) {
    // Such a caller has no identity policy to add an Allow to: S3 User Guide, bucket policy
    // examples, "Granting read-only permission to a public anonymous user" (Principal "*"), and
    // the same for a service principal or an OAI named in the statement (authorize-s3.ts).
    return {
      title: 'No bucket policy statement allows this caller',
      why: authorization.summary,
      remedy:
        'This caller has no identity policy (an anonymous request, a service principal or a CloudFront origin access identity): only a bucket policy statement whose Principal names it, or "*", can allow the request.',
    };
  }
  return {
    title: authorization.sameAccount
      ? 'No policy allows the request'
      : 'Cross-account: both sides must allow',
    why: authorization.summary,
    remedy: authorization.sameAccount
      ? "Add an Allow for this action to the bucket policy or to the caller's identity policy."
      : 'A caller from another account needs an Allow in both the bucket policy and its own identity policy: add the one that is missing.',
  };
}
