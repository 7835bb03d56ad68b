/**
 * The order of checks (DESIGN.md pipeline; spec §5 "Order of checks"): which stage decides when a
 * request has several problems, and that every stage before it is in the trace.
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../deps.ts';
import type { Kms } from '../../kms/types.ts';
import type { JsonObject, RequestInput, TraceStage } from '../../types.ts';
import type { WorldState } from '../../world/types.ts';
import { K1, KEY_A, kmsHeaders, makeWorld, SSE_C_ALLOWED, sseC } from '../testing/world-fixture.ts';
import { runS3Request } from './run.ts';

const denyPuts: JsonObject = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::test-bucket/denied*' },
  ],
};

const rows: { name: string; request: RequestInput; stage: TraceStage; status: number }[] = [
  {
    name: 'a missing bucket is decided by route before bad headers',
    request: {
      operation: 'PutObject',
      bucket: 'nope',
      key: 'k',
      headers: { 'x-amz-server-side-encryption': 'bad' },
    },
    stage: 'route',
    status: 404,
  },
  {
    name: 'a bad SSE value is decided by headers before a deny policy',
    request: { operation: 'PutObject', key: 'denied', headers: { 'x-amz-server-side-encryption': 'AES192' } },
    stage: 'headers',
    status: 400,
  },
  {
    name: 'KMS over HTTP is decided by transport before a deny policy',
    request: { operation: 'PutObject', key: 'denied', https: false, headers: kmsHeaders(K1) },
    stage: 'transport',
    status: 400,
  },
  {
    name: 'a valid PUT is denied by authorization',
    request: { operation: 'PutObject', key: 'denied', headers: kmsHeaders('no-such-key') },
    stage: 'authorization',
    status: 403,
  },
  {
    name: 'a missing object is decided by encryption-choice after authorization',
    request: { operation: 'GetObject', key: 'none' },
    stage: 'encryption-choice',
    status: 404,
  },
  {
    name: 'an unknown KMS key is decided by the kms stage',
    request: {
      operation: 'CopyObject',
      key: 'copy',
      headers: { 'x-amz-copy-source': 'test-bucket/plain', ...kmsHeaders('fake-key-id') },
    },
    stage: 'kms',
    status: 400,
  },
  {
    name: 'a wrong SSE-C key is decided by the crypto stage',
    request: {
      operation: 'GetObject',
      key: 'ssec',
      headers: sseC({ key: '6b+WOZ1T3cqZMxgThRcXAQBrS5mXKdDUphvpxptl9/4=', md5: 'arxBvwY2V4SiOne6yppVPQ==' }),
    },
    stage: 'crypto',
    status: 403,
  },
];

describe('order of checks', () => {
  it.each(rows)('$name', async ({ request, stage, status }) => {
    const world = await makeWorld({
      bucketEncryption: SSE_C_ALLOWED,
      objects: [
        { key: 'plain', body: 'p' },
        { key: 'ssec', body: 's', headers: sseC(KEY_A) },
      ],
      policy: denyPuts,
    });
    const { response, trace } = await world.send(request);
    expect(response.status).toBe(status);
    const failed = trace.find((step) => step.outcome === 'fail');
    expect(failed?.stage).toBe(stage);
    expect(failed?.detail.length).toBeGreaterThan(20);
    expect(trace.at(-1)?.stage).toBe('response');
  });

  it('a successful write walks every stage in order and names how the encryption was chosen', async () => {
    const world = await makeWorld();
    const { trace } = await world.send({ operation: 'PutObject', key: 'k', body: 'x' });
    expect(trace.map((step) => step.stage)).toEqual([
      'route',
      'headers',
      'transport',
      'authorization',
      'blocked-encryption',
      'encryption-choice',
      'kms',
      'crypto',
      'response',
    ]);
    expect(trace.find((step) => step.stage === 'encryption-choice')?.data).toMatchObject({
      mode: 'SSE-S3',
      sseApplied: 'Default_SSE_S3',
    });
    expect(trace.find((step) => step.stage === 'kms')?.outcome).toBe('skip');
  });

  it('an exception inside the pipeline becomes a 500 InternalError whose trace calls it a bug', async () => {
    const broken = {
      account: '111122223333',
      region: 'us-east-1',
      bucket: 'test-bucket',
      buckets: {
        get: () => {
          throw new Error('boom');
        },
      },
      principals: new Map(),
      kms: { auditLog: () => [], forRequest: () => ({}) } as unknown as Kms,
      deps: deterministicDeps(1),
    } as unknown as WorldState;
    const outcome = await runS3Request(broken, {
      operation: 'GetObject',
      bucket: 'test-bucket',
      key: 'k',
      https: true,
      signature: 'SigV4',
      principal: 'arn:aws:iam::111122223333:root',
      sourceIp: '203.0.113.10',
      headers: {},
      query: {},
    });
    expect(outcome.response).toMatchObject({ status: 500, error: { code: 'InternalError' } });
    expect(outcome.trace.some((step) => step.title === 'Simulator bug' && step.detail.includes('boom'))).toBe(
      true,
    );
  });
});
