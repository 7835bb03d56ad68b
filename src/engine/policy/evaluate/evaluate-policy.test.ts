// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are IAM policy variables, not templates.
import { describe, expect, it } from 'vitest';
import type { S3ContextInput } from '../context/build-s3-context.ts';
import type { Effect, Policy } from '../types.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { allowStatement, getRequest, OWNER, SESSION, s3Context, USER } from './testing/contexts.ts';
import { policyFromJson, type StatementJson } from './testing/policy-from-json.ts';
import type { Decision, EvaluateOptions } from './types.ts';

const allow = allowStatement;
const get = getRequest;

const cases: {
  name: string;
  statement: StatementJson;
  request: Partial<S3ContextInput>;
  decision: Decision;
  options?: EvaluateOptions;
}[] = [
  {
    name: 'actions are case-insensitive',
    statement: allow({ Action: 'S3:getobject' }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'an action wildcard covers matching actions',
    statement: allow({ Action: 's3:Get*' }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'an action ? wildcard stands for one character',
    statement: allow({ Action: 's3:GetObjec?' }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'an action wildcard does not cover other actions',
    statement: allow({ Action: 's3:Put*' }),
    request: get(),
    decision: 'ImplicitDeny',
  },
  {
    name: 'NotAction covers everything not listed',
    statement: allow({ Action: undefined, NotAction: 's3:Put*' }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'NotAction excludes what it lists',
    statement: allow({ Action: undefined, NotAction: 's3:Get*' }),
    request: get(),
    decision: 'ImplicitDeny',
  },
  {
    name: 'resources are case-sensitive',
    statement: allow({ Resource: 'arn:aws:s3:::Test-Bucket/*' }),
    request: get(),
    decision: 'ImplicitDeny',
  },
  {
    name: 'a bucket ARN does not cover its objects',
    statement: allow({ Resource: 'arn:aws:s3:::test-bucket' }),
    request: get(),
    decision: 'ImplicitDeny',
  },
  {
    name: 'Resource "*" covers everything',
    statement: allow({ Resource: '*' }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'NotResource covers what it does not list',
    statement: allow({ Resource: undefined, NotResource: 'arn:aws:s3:::test-bucket/private/*' }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'NotResource excludes what it lists',
    statement: allow({ Resource: undefined, NotResource: 'arn:aws:s3:::test-bucket/home/*' }),
    request: get(),
    decision: 'ImplicitDeny',
  },
  {
    name: '${aws:username} in Resource matches the user’s own prefix',
    statement: allow({
      Principal: { AWS: OWNER },
      Resource: 'arn:aws:s3:::test-bucket/home/${aws:username}/*',
    }),
    request: get({ principal: USER }),
    decision: 'Allow',
  },
  {
    name: '${aws:username} in Resource does not match another user’s prefix',
    statement: allow({
      Principal: { AWS: OWNER },
      Resource: 'arn:aws:s3:::test-bucket/home/${aws:username}/*',
    }),
    request: get({ principal: `arn:aws:iam::${OWNER}:user/bob` }),
    decision: 'ImplicitDeny',
  },
  {
    name: '${aws:username} has no value for a role session, so the Resource matches nothing',
    statement: allow({
      Principal: { AWS: OWNER },
      Resource: 'arn:aws:s3:::test-bucket/home/${aws:username}/*',
    }),
    request: get({ principal: SESSION }),
    decision: 'ImplicitDeny',
  },
  {
    name: '${aws:PrincipalAccount} in a condition value',
    statement: allow({ Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } } }),
    request: get({ principal: USER }),
    decision: 'Allow',
  },
  {
    name: 'several keys under one operator are ANDed',
    statement: allow({ Condition: { StringEquals: { 'aws:PrincipalType': 'User', 'aws:username': 'bob' } } }),
    request: get({ principal: USER }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'several operators are ANDed',
    statement: allow({
      Condition: { Bool: { 'aws:SecureTransport': 'true' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    }),
    request: get(),
    decision: 'Allow',
  },
  {
    name: 'in a resource policy a statement without Principal applies to no one',
    statement: allow({ Principal: undefined }),
    request: get(),
    decision: 'ImplicitDeny',
    options: { kind: 'resource' },
  },
  {
    name: 'in an identity policy a statement without Principal applies to its owner',
    statement: allow({ Principal: undefined }),
    request: get({ principal: USER }),
    decision: 'Allow',
    options: { kind: 'identity' },
  },
];

describe('evaluatePolicy: Principal, Action, Resource, Condition', () => {
  it.each(cases)('$name', (c) => {
    const policy = policyFromJson({ Statement: c.statement });
    expect(evaluatePolicy(policy, s3Context(c.request), c.options).decision).toBe(c.decision);
  });
});

describe('evaluatePolicy: decision and summary', () => {
  const policy = policyFromJson({
    Statement: [
      { Sid: 'ReadAll', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });

  it.each([
    {
      name: 'a deny wins over an earlier allow',
      https: false,
      decision: 'ExplicitDeny',
      deciding: 1,
      summary:
        'Explicit deny: Statement[1] (no Sid) denies s3:GetObject on arn:aws:s3:::test-bucket/k, and an explicit deny always wins.',
    },
    {
      name: 'an allow decides when nothing denies',
      https: true,
      decision: 'Allow',
      deciding: 0,
      summary:
        'Allow: Statement "ReadAll" (Statement[0]) allows s3:GetObject on arn:aws:s3:::test-bucket/k, and no statement denies it.',
    },
  ])('$name', ({ https, decision, deciding, summary }) => {
    const evaluation = evaluatePolicy(policy, s3Context({ operation: 'GetObject', https }));
    expect(evaluation.decision).toBe(decision);
    expect(evaluation.decidingStatement).toBe(deciding);
    expect(evaluation.summary).toBe(summary);
    expect(evaluation.statements).toHaveLength(2);
  });

  it('never applies a statement whose Effect is neither Allow nor Deny (an AST the parser would not build)', () => {
    const parsed = policyFromJson({ Statement: allow({}) });
    const [first] = parsed.statements;
    if (!first) throw new Error('no statement');
    const odd: Policy = {
      ...parsed,
      statements: [{ ...first, effect: { ...first.effect, value: 'Permit' as Effect } }],
    };
    const evaluation = evaluatePolicy(odd, s3Context(get()));
    expect(evaluation.decision).toBe('ImplicitDeny');
    expect(evaluation.statements[0]?.reason).toBe(
      'Statement[0] has Effect "Permit", which is neither Allow nor Deny, so it cannot apply.',
    );
  });

  it('says implicit deny when nothing applies', () => {
    const evaluation = evaluatePolicy(policy, s3Context({ operation: 'PutObject' }));
    expect(evaluation.decision).toBe('ImplicitDeny');
    expect(evaluation.decidingStatement).toBeUndefined();
    expect(evaluation.summary).toBe(
      'Implicit deny: no statement allows s3:PutObject on arn:aws:s3:::test-bucket/k, so it is denied by default.',
    );
  });

  it.each([
    {
      name: 'one part',
      request: { operation: 'GetObject' as const, https: true },
      parts: '1 of its parts does not match.',
    },
    {
      name: 'two parts',
      request: { operation: 'PutObject' as const, https: true },
      parts: '2 of its parts do not match.',
    },
  ])('says how many parts of a statement do not match, in agreement ($name)', ({ request, parts }) => {
    const [, deny] = evaluatePolicy(policy, s3Context(request)).statements;
    expect(deny?.reason).toBe(`Statement[1] does not apply: ${parts}`);
  });

  it('traces every element with a reason', () => {
    const [trace] = evaluatePolicy(policy, s3Context({ operation: 'GetObject' })).statements;
    expect(trace?.principal).toMatchObject({
      element: 'Principal',
      matched: true,
      matchedBy: 'everyone',
      matchedValue: '*',
    });
    expect(trace?.action).toMatchObject({
      element: 'Action',
      matched: true,
      reason: 'Action "s3:GetObject" covers s3:GetObject.',
    });
    expect(trace?.resource).toMatchObject({ element: 'Resource', matched: true, matchedValue: '*' });
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });
});
