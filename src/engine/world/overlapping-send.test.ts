/**
 * Requests that overlap on one world, and requests their caller cancels. Each outcome reports only
 * the KMS calls it made (CloudTrail records every call with its own encryption context,
 * `aws:s3:arn` naming the object: KMS Developer Guide, ct-generatedatakey.html), not whatever
 * reached the log while it ran.
 */
import { describe, expect, it } from 'vitest';
import { K1, K1_ARN, K2, K2_ARN, kmsHeaders, makeWorld } from '../s3/testing/world-fixture.ts';
import {
  type AuditEvent,
  type CancelledRequest,
  type Outcome,
  TRACE_STAGES,
  type TraceStage,
} from '../types.ts';

const contextArn = (event: AuditEvent | undefined) =>
  (event?.requestParameters.encryptionContext as Record<string, string> | undefined)?.['aws:s3:arn'];

const isCancelled = (answer: Outcome | CancelledRequest): answer is CancelledRequest => 'cancelled' in answer;

describe('overlapping requests on one world', () => {
  it('two SSE-KMS uploads sent at once each report only their own GenerateDataKey', async () => {
    const world = await makeWorld();
    const [first, second] = await Promise.all([
      world.send({ operation: 'PutObject', key: 'first', headers: kmsHeaders(K1), body: 'one' }),
      world.send({ operation: 'PutObject', key: 'second', headers: kmsHeaders(K2), body: 'two' }),
    ]);
    expect(first.response.status).toBe(200);
    expect(second.response.status).toBe(200);
    expect(first.kmsEvents.map((e) => [e.eventName, contextArn(e), e.resources?.[0]?.ARN])).toEqual([
      ['GenerateDataKey', 'arn:aws:s3:::test-bucket/first', K1_ARN],
    ]);
    expect(second.kmsEvents.map((e) => [e.eventName, contextArn(e), e.resources?.[0]?.ARN])).toEqual([
      ['GenerateDataKey', 'arn:aws:s3:::test-bucket/second', K2_ARN],
    ]);
    // The account's log still has both.
    expect(world.kms.auditLog()).toHaveLength(2);
  });

  it('a read and a KMS key-management call sent at once keep their events apart', async () => {
    const world = await makeWorld();
    await world.send({ operation: 'PutObject', key: 'doc', headers: kmsHeaders(K1), body: 'x' });
    const [read, described] = await Promise.all([
      world.send({ operation: 'GetObject', key: 'doc' }),
      world.send({ operation: 'kms:DescribeKey', body: { KeyId: K2 } }),
    ]);
    expect(read.kmsEvents.map((e) => e.eventName)).toEqual(['Decrypt']);
    expect(described.kmsEvents.map((e) => e.eventName)).toEqual(['DescribeKey']);
  });
});

describe('a cancelled request', () => {
  it('stops before the first stage when its signal is already aborted, and stores nothing', async () => {
    const world = await makeWorld();
    const controller = new AbortController();
    controller.abort();
    const answer = await world.send(
      { operation: 'PutObject', key: 'never', body: 'x' },
      { signal: controller.signal },
    );
    expect(isCancelled(answer) && answer.stage).toBe('route');
    expect((await world.send({ operation: 'HeadObject', key: 'never' })).response.status).toBe(404);
  });

  it('cancelled during the KMS stage keeps the KMS call it made but stores no object', async () => {
    const world = await makeWorld();
    const controller = new AbortController();
    const stages: TraceStage[] = [];
    const answer = await world.send(
      { operation: 'PutObject', key: 'half', headers: kmsHeaders(K1), body: 'x' },
      {
        signal: controller.signal,
        onStage: (stage) => {
          stages.push(stage);
          if (stage === 'kms') controller.abort();
        },
      },
    );
    expect(stages.at(-1)).toBe('kms');
    expect(isCancelled(answer) && answer.stage).toBe('crypto');
    expect(answer.kmsEvents.map((e) => e.eventName)).toEqual(['GenerateDataKey']);
    expect((await world.send({ operation: 'HeadObject', key: 'half' })).response.status).toBe(404);
  });

  it('reports each stage it enters, in pipeline order', async () => {
    const world = await makeWorld();
    const stages: TraceStage[] = [];
    const answer = await world.send(
      { operation: 'PutObject', key: 'k', body: 'x' },
      { onStage: (stage) => stages.push(stage) },
    );
    expect(isCancelled(answer)).toBe(false);
    // Every stage but the answer itself, in the order types.ts gives.
    expect(stages).toEqual(TRACE_STAGES.filter((stage) => stage !== 'response'));
  });
});
