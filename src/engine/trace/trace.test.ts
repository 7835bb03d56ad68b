import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import type { RequestInput, Setup } from '../types.ts';
import { createWorld } from '../world/create-world.ts';
import { findStep } from './types.ts';

const denyHttp = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyHttp',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

async function send(setup: Setup, request: RequestInput) {
  const built = await createWorld({ bucket: 'b', ...setup }, deterministicDeps());
  if (!built.ok) throw new Error('the setup is valid');
  return built.value.send({ bucket: 'b', ...request });
}

describe('the typed trace', () => {
  it.each([
    {
      name: 'a refused header is decided by the headers stage',
      setup: {},
      request: { operation: 'GetObject', key: 'k', headers: { 'x-amz-server-side-encryption': 'AES256' } },
      decidedBy: { stage: 'headers' },
    },
    {
      name: 'a bucket-policy denial names the policy and the deciding statement',
      setup: { policy: denyHttp },
      request: { operation: 'PutObject', key: 'k', https: false, body: 'x' },
      decidedBy: { stage: 'authorization', document: 'bucket-policy', statement: 0 },
    },
    {
      name: 'a request that goes through is decided by authorization, the gate that let it pass',
      setup: {},
      request: { operation: 'PutObject', key: 'k', body: 'x' },
      decidedBy: { stage: 'authorization' },
    },
  ] satisfies { name: string; setup: Setup; request: RequestInput; decidedBy: object }[])(
    '$name',
    async ({ setup, request, decidedBy }) => {
      const outcome = await send(setup, request);
      expect(outcome.decidedBy).toMatchObject(decidedBy);
    },
  );

  it('a bucket-level operation records its own bucket stage, not crypto', async () => {
    const outcome = await send({}, { operation: 'PutBucketVersioning', body: { Status: 'Enabled' } });
    expect(outcome.response.status).toBe(200);
    expect(outcome.trace.map((step) => step.stage)).toContain('bucket');
    expect(outcome.trace.map((step) => step.stage)).not.toContain('crypto');
  });

  it("each stage's data has its stage's shape (the write's crypto step has the IV bytes)", async () => {
    const outcome = await send({}, { operation: 'PutObject', key: 'k', body: 'x' });
    expect(findStep(outcome.trace, 'crypto')?.data?.ivBytes).toBe(12);
    expect(findStep(outcome.trace, 'transport')?.data).toMatchObject({ https: true, signature: 'SigV4' });
  });
});
