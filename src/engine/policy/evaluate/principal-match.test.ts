import { describe, expect, it } from 'vitest';
import type { S3ContextInput } from '../context/build-s3-context.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { allowStatement, getRequest, OTHER, OWNER, SESSION, s3Context, USER } from './testing/contexts.ts';
import { policyFromJson, type StatementJson } from './testing/policy-from-json.ts';
import type { Decision, EvaluateOptions } from './types.ts';

const allow = allowStatement;
const ROLE = `arn:aws:iam::${OWNER}:role/app`;
const get = getRequest;

const cases: {
  name: string;
  statement: StatementJson;
  request: Partial<S3ContextInput>;
  decision: Decision;
  options?: EvaluateOptions;
}[] = [
  {
    name: 'Principal "*" matches an anonymous caller',
    statement: allow({}),
    request: get({ signature: 'anonymous' }),
    decision: 'Allow',
  },
  {
    name: 'Principal {"AWS": "*"} matches an anonymous caller too',
    statement: allow({ Principal: { AWS: '*' } }),
    request: get({ signature: 'anonymous' }),
    decision: 'Allow',
  },
  {
    name: 'an account id matches a user of that account',
    statement: allow({ Principal: { AWS: OWNER } }),
    request: get({ principal: USER }),
    decision: 'Allow',
  },
  {
    name: 'an account root ARN matches a session of that account',
    statement: allow({ Principal: { AWS: `arn:aws:iam::${OWNER}:root` } }),
    request: get({ principal: SESSION }),
    decision: 'Allow',
  },
  {
    name: 'an account root ARN does not match another account',
    statement: allow({ Principal: { AWS: `arn:aws:iam::${OWNER}:root` } }),
    request: get({ principal: `arn:aws:iam::${OTHER}:user/bob` }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'an account does not match an anonymous caller',
    statement: allow({ Principal: { AWS: OWNER } }),
    request: get({ signature: 'anonymous' }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'a user ARN matches that user',
    statement: allow({ Principal: { AWS: USER } }),
    request: get({ principal: USER }),
    decision: 'Allow',
  },
  {
    name: 'a user ARN does not match another user',
    statement: allow({ Principal: { AWS: USER } }),
    request: get({ principal: `arn:aws:iam::${OWNER}:user/bob` }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'a role ARN matches its assumed-role sessions',
    statement: allow({ Principal: { AWS: ROLE } }),
    request: get({ principal: SESSION }),
    decision: 'Allow',
  },
  {
    name: 'a role ARN with a path matches its sessions',
    statement: allow({ Principal: { AWS: `arn:aws:iam::${OWNER}:role/team/app` } }),
    request: get({ principal: SESSION }),
    decision: 'Allow',
  },
  {
    name: 'a session ARN matches only that session',
    statement: allow({ Principal: { AWS: `arn:aws:sts::${OWNER}:assumed-role/app/job-2` } }),
    request: get({ principal: SESSION }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'a partial wildcard in a principal matches nothing',
    statement: allow({ Principal: { AWS: `arn:aws:iam::${OWNER}:user/*` } }),
    request: get({ principal: USER }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'a service principal does not match a user',
    statement: allow({ Principal: { Service: 'cloudtrail.amazonaws.com' } }),
    request: get({ principal: USER }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'NotPrincipal with Deny applies to callers not listed',
    statement: {
      Effect: 'Deny',
      NotPrincipal: { AWS: [USER, `arn:aws:iam::${OWNER}:root`] },
      Action: 's3:*',
      Resource: '*',
    },
    request: get({ principal: `arn:aws:iam::${OWNER}:user/bob` }),
    decision: 'ExplicitDeny',
  },
  {
    name: 'NotPrincipal excludes a listed user when its account is listed too',
    statement: {
      Effect: 'Deny',
      NotPrincipal: { AWS: [USER, `arn:aws:iam::${OWNER}:root`] },
      Action: 's3:*',
      Resource: '*',
    },
    request: get({ principal: USER }),
    decision: 'ImplicitDeny',
  },
  {
    name: 'NotPrincipal listing only the user still denies it (AWS checks the account too)',
    statement: { Effect: 'Deny', NotPrincipal: { AWS: USER }, Action: 's3:*', Resource: '*' },
    request: get({ principal: USER }),
    decision: 'ExplicitDeny',
  },
  {
    name: 'NotPrincipal listing a role and its account excludes the role sessions',
    statement: { Effect: 'Deny', NotPrincipal: { AWS: [ROLE, OWNER] }, Action: 's3:*', Resource: '*' },
    request: get({ principal: SESSION }),
    decision: 'ImplicitDeny',
  },
];

describe('evaluatePolicy: Principal and NotPrincipal', () => {
  it.each(cases)('$name', (c) => {
    const policy = policyFromJson({ Statement: c.statement });
    expect(evaluatePolicy(policy, s3Context(c.request), c.options).decision).toBe(c.decision);
  });
});
