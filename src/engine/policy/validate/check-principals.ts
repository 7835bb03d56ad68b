import { ORIGIN_ACCESS_IDENTITY } from '../context/principal.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Phase, Step, statementRank } from '../parse/s3-order.ts';
import type { Located, PrincipalSpec, Range, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import {
  ACCOUNT_ID,
  accountOfAwsPrincipal,
  ROOT_ARN,
  SESSION_ARN,
  USER_OR_ROLE_ARN,
} from './principal-forms.ts';

const SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;
const CANONICAL_USER = /^[0-9a-f]{64}$/;

/** Why S3 refuses a principal value ("Invalid principal in policy"); undefined when accepted. */
function principalProblem(type: string, value: string, ctx: CheckContext): string | undefined {
  if (value === '*') return undefined;
  switch (type) {
    case 'AWS':
      if (ACCOUNT_ID.test(value) || ROOT_ARN.test(value) || SESSION_ARN.test(value)) return undefined;
      // A CloudFront origin access identity, as the CloudFront guide writes it in bucket policies:
      // accepted when the identity exists (declared in the set-up's principals); otherwise refused
      // like any spaced principal (shared conformance obs-put-policy-principal-oai-with-spaces).
      if (ORIGIN_ACCESS_IDENTITY.test(value) && ctx.options.principalExists?.(value) === true)
        return undefined;
      if (USER_OR_ROLE_ARN.test(value)) {
        const exists = ctx.options.principalExists;
        return !exists || exists(value)
          ? undefined
          : `No IAM user or role "${value}" exists in this playground, and S3 refuses a policy naming a principal that does not exist ("Invalid principal in policy"): add it under Principals to use it`;
      }
      if (/\s/.test(value)) return `"${value}" contains spaces: S3 no longer accepts principals in this form`;
      return `"${value}" is not a 12-digit account ID or an IAM ARN (arn:aws:iam::<account>:root, :user/<name>, :role/<name>)`;
    case 'Service':
      return SERVICE.test(value)
        ? undefined
        : `"${value}" is not a service principal such as cloudtrail.amazonaws.com`;
    case 'CanonicalUser':
      return CANONICAL_USER.test(value)
        ? undefined
        : `"${value}" is not a canonical user ID (64 hex characters)`;
    default:
      return value.length > 0 ? undefined : 'A Federated principal cannot be empty';
  }
}

/**
 * Principal values must be principals S3 knows: `*`, an account, an existing user or role, a
 * service, a canonical user (conformance doc-put-policy-principal-*, vgw-put-policy-principal-not-an-arn).
 * NotPrincipal only works with Deny (IAM "NotPrincipal"); S3 refuses it with Allow (ceph s3-tests).
 */
export function checkPrincipals(ctx: CheckContext, statement: Statement): void {
  if (statement.principal?.kind === 'map') checkMap(ctx, statement, statement.principal);
  if (statement.notPrincipal?.kind === 'map') checkMap(ctx, statement, statement.notPrincipal);
  if (statement.notPrincipal && statement.effect.value === 'Allow') {
    ctx.sink.addAt(
      {
        code: 'notprincipal-with-allow',
        message:
          'NotPrincipal can only be used with "Effect": "Deny"; to allow, name the principals in Principal',
        rank: statementRank(statement.index, Step.NotPrincipalWithAllow),
        s3Message: S3Messages.invalidSyntax,
      },
      statement.effect.range,
    );
  }
}

function checkMap(ctx: CheckContext, statement: Statement, spec: PrincipalSpec & { kind: 'map' }) {
  let item = 0;
  for (const type in spec.entries) {
    const values = spec.entries[type]!;
    if (values.length === 0)
      report(ctx, statement, `${type} is an empty list: name at least one principal`, spec.range, item);
    for (const entry of values) {
      const problem = principalProblem(type, entry.value, ctx);
      if (problem) report(ctx, statement, problem, entry.range, item);
      else if (type === 'AWS') noteOtherAccount(ctx, statement, entry);
      item++;
    }
  }
}

/** Spec §6.4: another account also needs an Allow in the caller's own identity policy. */
function noteOtherAccount(ctx: CheckContext, statement: Statement, entry: Located<string>) {
  const account = accountOfAwsPrincipal(entry.value);
  if (
    !ctx.options.account ||
    !account ||
    account === ctx.options.account ||
    statement.effect.value !== 'Allow'
  )
    return;
  ctx.sink.addAt(
    {
      severity: 'info',
      code: 'cross-account-principal',
      message: `Account ${account} is not the bucket owner's: this Allow is only half of a cross-account grant, the caller's own IAM policy must allow the request too`,
      rank: [Phase.Advice],
    },
    entry.range,
  );
}

function report(ctx: CheckContext, statement: Statement, message: string, range: Range, item: number) {
  ctx.sink.addAt(
    {
      code: 'invalid-principal',
      message,
      rank: statementRank(statement.index, Step.PrincipalValue, item),
      s3Message: S3Messages.invalidPrincipal,
    },
    range,
  );
}
