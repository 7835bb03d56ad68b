/**
 * Issue 12 "limits before work": a policy far over S3's 20 KB limit is refused before parsing
 * (a 456 KB policy of 20,000 statements froze the editor for 43 s; a 50 MB string took 64 s).
 */
import { describe, expect, it } from 'vitest';
import { makeWorld } from '../../s3/testing/world-fixture.ts';
import { parsePolicy } from '../parse/index.ts';

const statement = { Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' };
const policyOf = (count: number, space?: number) =>
  JSON.stringify(
    { Version: '2012-10-17', Statement: Array.from({ length: count }, () => statement) },
    null,
    space,
  );

describe('a policy too large to analyse', () => {
  it.each([
    { name: '20,000 statements (456 KB)', text: policyOf(20_000) },
    {
      name: 'a 50 MB string',
      text: `{"Version":"2012-10-17","Statement":"${'x'.repeat(50 * 1024 * 1024)}"}`,
    },
  ])('is one size diagnostic for $name, naming S3 limit', ({ text }) => {
    const { diagnostics, policy } = parsePolicy(text);
    expect(policy).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'policy-too-large',
        message: expect.stringContaining('S3 allows 20480'),
      }),
    ]);
  });

  it('still analyses a pretty-printed policy whose text is large but whose content is under the cut-off', () => {
    // 200 statements: about 14 KB compact, over 40 KB with deep indentation.
    const text = policyOf(200, 12);
    expect(text.length).toBeGreaterThan(40_960);
    expect(parsePolicy(text).diagnostics.map((d) => d.code)).not.toContain('policy-too-large');
  });

  it('is refused by PutBucketPolicy with S3 own too-large message', async () => {
    const world = await makeWorld();
    const { response } = await world.send({ operation: 'PutBucketPolicy', body: policyOf(20_000) });
    expect(response.status).toBe(400);
    expect(response.error?.code).toBe('MalformedPolicy');
    expect(response.error?.message).toMatch(/exceeds the maximum allowed size of 20480 bytes/);
  });
});
