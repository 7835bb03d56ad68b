import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../evaluate/types.ts';
import { judge, ourPolicy } from './compare.ts';
import { BUCKET, type PolicyJson, policyArbitrary } from './generate.ts';
import { KNOWN_DIFFERENCES } from './known-differences.ts';
import { type RequestSpec, requestArbitrary } from './requests.ts';
import { runDifferential } from './run.ts';

/**
 * Differential test: the bucket policy's own decision (Allow / ExplicitDeny / ImplicitDeny) for a
 * same-account caller, from our evaluator and from cloud-copilot/iam-simulate, on generated
 * encryption and transport policies and requests. Fixed seeds: the same cases on every run.
 */

const SEED = 20261127;
const POLICIES = 400;
const REQUESTS_PER_POLICY = 8;

const simulatorErrors = new Set(KNOWN_DIFFERENCES.filter((d) => d.wrong === 'iam-simulate').map((d) => d.id));
/** A disagreement is excused only when iam-simulate's documented errors alone explain it. */
const excused = (category: string) =>
  category === 'agree' || category.split(' + ').every((id) => simulatorErrors.has(id));

describe('our evaluator against cloud-copilot/iam-simulate', () => {
  it('agrees on every generated case except where iam-simulate is documented wrong', async () => {
    const policies = fc.sample(policyArbitrary, { seed: SEED, numRuns: POLICIES });
    const requests = fc.sample(
      fc.array(requestArbitrary, { minLength: REQUESTS_PER_POLICY, maxLength: REQUESTS_PER_POLICY }),
      { seed: SEED + 1, numRuns: POLICIES },
    );
    const started = { wall: performance.now(), cpu: process.cpuUsage() };
    const report = await runDifferential(
      policies.map((policy, i) => ({ policy, requests: requests[i] ?? [] })),
    );
    const { total, byCategory, ourDecisions, firstExample } = report;
    const cpu = process.cpuUsage(started.cpu);
    console.log(
      `${total} cases, ${byCategory.get('agree') ?? 0} agree ` +
        `(${Math.round(performance.now() - started.wall)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU)\n` +
        [...byCategory].map(([category, n]) => `  ${n} ${category}`).join('\n') +
        `\n  our decisions: ${JSON.stringify(Object.fromEntries(ourDecisions))}`,
    );
    expect(total).toBe(POLICIES * REQUESTS_PER_POLICY);
    // Each decision is well represented, so agreement is not won on trivial cases.
    for (const decision of ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const)
      expect(ourDecisions.get(decision) ?? 0).toBeGreaterThan(total / 10);
    const unexcused = [...firstExample].filter(([category]) => !excused(category));
    expect(unexcused).toEqual([]);
  }, 120_000);

  const GET = { operation: 'GetObject', key: 'k', https: true, tlsVersion: '1.3' } as const;
  const PUT = { ...GET, operation: 'PutObject' } as const;
  /** The smallest case of each known difference; `aws` is the answer the cited AWS text gives. */
  const minimal: {
    name: string;
    source: string;
    statement: PolicyJson['Statement'][number];
    request: RequestSpec;
    aws: Decision;
    iamSimulate: Decision;
  }[] = [
    {
      name: 'an IPv4 /0 block holds every address (iam-simulate wrongly matches only 0.0.0.0)',
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress',
      statement: {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${BUCKET}/*`,
        Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
      },
      request: { ...GET, principal: 'arn:aws:iam::111122223333:root', sourceIp: '203.0.113.10' },
      aws: 'Allow',
      iamSimulate: 'ImplicitDeny',
    },
    {
      name: 'ForAnyValue:StringEqualsIfExists does not match a request without the key (ours wrongly allows)',
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html ("if the key does not exist, the condition returns false"); https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w (observed)',
      statement: {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${BUCKET}/*`,
        Condition: { 'ForAnyValue:StringEqualsIfExists': { 's3:x-amz-server-side-encryption': 'AES256' } },
      },
      request: { ...PUT, principal: 'arn:aws:iam::111122223333:root', sourceIp: '203.0.113.10' },
      aws: 'ImplicitDeny',
      iamSimulate: 'ImplicitDeny',
    },
  ];

  it.each(minimal)('$name', async ({ statement, request, aws, iamSimulate }) => {
    const json: PolicyJson = { Version: '2012-10-17', Statement: [statement] };
    const { ours, theirs } = await judge(json, ourPolicy(json), request);
    expect(theirs).toMatchObject({ kind: 'decision', decision: iamSimulate });
    expect(ours).toBe(aws);
  });
});
