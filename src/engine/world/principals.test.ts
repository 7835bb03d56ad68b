/**
 * Principals changed after the world is made (the Principals panel): the same account's user
 * needs an Allow in its identity policy or the bucket policy; another account's user needs both
 * (IAM UG "Determining whether a request is allowed or denied within an account" and "Cross-account
 * policy evaluation logic").
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { createWorld } from './create-world.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB = 'arn:aws:iam::444455556666:user/bob';
const allowGet = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' }],
};
const bucketAllowsBob = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: BOB },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
    },
  ],
});

async function world(policy?: string) {
  const made = await createWorld(
    { objects: [{ key: 'k', body: 'x' }], principals: [{ arn: BOB }], ...(policy ? { policy } : {}) },
    deterministicDeps(),
  );
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return made.value;
}

describe('world.putPrincipal', () => {
  it('lets a same-account user read once its identity policy allows it', async () => {
    const w = await world();
    expect((await w.send({ operation: 'GetObject', key: 'k', principal: ALICE })).response.status).toBe(403);
    expect(w.putPrincipal({ arn: ALICE, policy: allowGet }).ok).toBe(true);
    expect((await w.send({ operation: 'GetObject', key: 'k', principal: ALICE })).response.status).toBe(200);
    w.deletePrincipal(ALICE);
    expect((await w.send({ operation: 'GetObject', key: 'k', principal: ALICE })).response.status).toBe(403);
  });

  it('needs both the bucket policy and the identity policy for another account', async () => {
    const w = await world(bucketAllowsBob);
    expect((await w.send({ operation: 'GetObject', key: 'k', principal: BOB })).response.status).toBe(403);
    w.putPrincipal({ arn: BOB, policy: allowGet });
    expect((await w.send({ operation: 'GetObject', key: 'k', principal: BOB })).response.status).toBe(200);
  });

  it.each([
    [{ arn: 'alice', policy: allowGet }, /not an IAM user or role ARN/],
    [{ arn: ALICE, policy: '{"Statement": [' }, /./],
  ])('refuses %j and changes nothing', async (principal, message) => {
    const w = await world();
    const put = w.putPrincipal(principal);
    expect(!put.ok && put.error[0]?.message).toMatch(message);
    expect((await w.send({ operation: 'GetObject', key: 'k', principal: ALICE })).response.status).toBe(403);
  });
});
