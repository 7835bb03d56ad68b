/**
 * The step-by-step scenario session: step N runs after the earlier steps not run yet (issue 8,
 * "Steps in order"); placeholders are filled from earlier answers (docs/scenario-format.md,
 * "Placeholders"); an answer is compared only when its step ran in order in an untouched world.
 */
import { describe, expect, it } from 'vitest';
import type { CancelledRequest, Outcome, RequestInput, S3Response } from '../types.ts';
import { openScenarioSession, type ScenarioWorld } from './session.ts';
import type { Scenario, Step } from './types.ts';

/** A test double: answers from a script and records what it was sent. */
function fakeWorld(answer: (request: RequestInput, index: number) => Partial<S3Response> | 'cancel') {
  const sent: RequestInput[] = [];
  const send = async (request: RequestInput): Promise<Outcome | CancelledRequest> => {
    const scripted = answer(request, sent.length);
    sent.push(request);
    if (scripted === 'cancel') return { cancelled: true, stage: 'crypto', trace: [], kmsEvents: [] };
    return { response: { status: 200, headers: {}, ...scripted }, trace: [], kmsEvents: [] };
  };
  const world = {
    send,
    awsManagedKeyArn: () => 'arn:aws:kms:us-east-1:111122223333:key/aws-s3-managed',
    keyArn: () => undefined,
  } as ScenarioWorld;
  return { world, sent };
}

const scenario = (steps: Step[]): Scenario => ({ id: 's', title: 'S', steps });
const get = (key: string, expect?: Step['expect']): Step => ({
  request: { operation: 'GetObject', key },
  ...(expect ? { expect } : {}),
});
const noClock = { advance: () => undefined };

describe('runStep runs the earlier steps that have not run yet, in order', () => {
  it.each([
    { name: 'step 3 first runs 1, 2 and 3', asked: [2], sentKeys: ['a', 'b', 'c'], ran: [0, 1, 2] },
    {
      name: 'step 2 after step 3 runs only step 2 again',
      asked: [2, 1],
      sentKeys: ['a', 'b', 'c', 'b'],
      ran: [0, 1, 2, 1],
    },
    { name: 'step 1 twice runs it twice', asked: [0, 0], sentKeys: ['a', 'a'], ran: [0, 0] },
    { name: 'steps in order run one each', asked: [0, 1, 2], sentKeys: ['a', 'b', 'c'], ran: [0, 1, 2] },
  ])('$name', async ({ asked, sentKeys, ran }) => {
    const { world, sent } = fakeWorld(() => ({}));
    const session = openScenarioSession(scenario([get('a'), get('b'), get('c')]), world, noClock);
    for (const index of asked) await session.runStep(index);
    expect(sent.map((r) => r.key)).toEqual(sentKeys);
    expect(session.ranSteps).toEqual(ran);
  });

  it('returns every step it ran, earlier ones first', async () => {
    const { world } = fakeWorld(() => ({}));
    const session = openScenarioSession(scenario([get('a'), get('b'), get('c')]), world, noClock);
    const run = await session.runStep(2);
    expect(run.steps.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(run.stopped).toBeUndefined();
  });

  it("moves the clock by each step's afterMs every time the step runs", async () => {
    const moves: number[] = [];
    const { world } = fakeWorld(() => ({}));
    const steps = [get('a'), { ...get('b'), afterMs: 1500 }];
    const session = openScenarioSession(scenario(steps), world, { advance: (ms) => moves.push(ms) });
    await session.runStep(1);
    await session.runStep(1);
    expect(moves).toEqual([1500, 1500]);
  });

  it('refuses a step the scenario does not have', async () => {
    const { world } = fakeWorld(() => ({}));
    const session = openScenarioSession(scenario([get('a')]), world, noClock);
    await expect(session.runStep(1)).rejects.toThrow(RangeError);
  });
});

describe('placeholders are filled from earlier answers', () => {
  const steps: Step[] = [
    { request: { operation: 'CreateMultipartUpload', key: 'k' } },
    { request: { operation: 'UploadPart', key: 'k', query: { uploadId: '{{uploadId}}', partNumber: '1' } } },
    {
      request: {
        operation: 'CompleteMultipartUpload',
        key: 'k',
        query: { uploadId: '{{uploadId:0}}' },
        body: { Parts: [{ PartNumber: 1, ETag: '{{etag:1}}' }] },
      },
    },
    { request: { operation: 'GetObject', key: 'k', query: { versionId: '{{versionId:2}}' } } },
  ];
  const answers = (request: RequestInput): Partial<S3Response> => {
    switch (request.operation) {
      case 'CreateMultipartUpload':
        return { body: { UploadId: 'up-1' } };
      case 'UploadPart':
        return { headers: { etag: '"part-1"' } };
      case 'CompleteMultipartUpload':
        return { headers: { 'x-amz-version-id': 'v-7' }, body: { ETag: '"whole-1"' } };
      default:
        return {};
    }
  };

  it.each([
    { name: 'in order', asked: [0, 1, 2, 3] },
    { name: 'the last step first', asked: [3] },
    { name: 'the middle first, then the last', asked: [1, 3] },
  ])('$name', async ({ asked }) => {
    const { world, sent } = fakeWorld(answers);
    const session = openScenarioSession(scenario(steps), world, noClock);
    for (const index of asked) await session.runStep(index);
    expect(sent[1]?.query).toEqual({ uploadId: 'up-1', partNumber: '1' });
    expect(sent[2]?.query).toEqual({ uploadId: 'up-1' });
    expect(sent[2]?.body).toEqual({ Parts: [{ PartNumber: 1, ETag: '"part-1"' }] });
    expect(sent[3]?.query).toEqual({ versionId: 'v-7' });
    expect(session.values().uploadId).toBe('up-1');
    expect(session.values().etags).toEqual([undefined, '"part-1"', '"whole-1"', undefined]);
  });

  it('fills the expectation from the step’s own answer before comparing', async () => {
    const { world } = fakeWorld(() => ({ headers: { 'x-amz-version-id': 'v-1' } }));
    const withExpect: Step = {
      request: { operation: 'PutObject', key: 'k', body: 'x' },
      expect: { status: 200, headers: { 'x-amz-version-id': '{{versionId:0}}' } },
    };
    const run = await openScenarioSession(scenario([withExpect]), world, noClock).runStep(0);
    expect(run.steps[0]?.mismatches).toEqual([]);
  });
});

describe('a step that cannot be sent', () => {
  const steps = [
    { request: { operation: 'GetObject', key: 'k', query: { versionId: '{{versionId:9}}' } } },
    get('b'),
  ] as Step[];

  it('stops the steps after it, says why, and counts as run so a second click moves on', async () => {
    const { world, sent } = fakeWorld(() => ({}));
    const session = openScenarioSession(scenario(steps), world, noClock);
    const first = await session.runStep(1);
    expect(first.stopped).toBe('unsent');
    expect(first.steps.map((s) => s.index)).toEqual([0]);
    expect(first.steps[0]?.outcome).toBeUndefined();
    expect(first.steps[0]?.mismatches[0]?.got).toBe(
      '{{versionId:9}} has no value: step 9 returned no x-amz-version-id',
    );
    expect(sent).toEqual([]);
    const second = await session.runStep(1);
    expect(second.steps.map((s) => s.index)).toEqual([1]);
    expect(sent.map((r) => r.key)).toEqual(['b']);
  });

  it('is an engine failure reported on the step, never a throw', async () => {
    const session = openScenarioSession(
      scenario([get('a')]),
      {
        send: async () => {
          throw new Error('boom');
        },
        awsManagedKeyArn: () => '',
        keyArn: () => undefined,
      } as unknown as ScenarioWorld,
      noClock,
    );
    const run = await session.runStep(0);
    expect(run.steps[0]?.mismatches[0]?.got).toBe('the engine threw (a bug): boom');
  });

  it('a cancelled request leaves its step not run', async () => {
    const { world } = fakeWorld((_r, i) => (i === 1 ? 'cancel' : {}));
    const session = openScenarioSession(scenario([get('a'), get('b'), get('c')]), world, noClock);
    const run = await session.runStep(2);
    expect(run.stopped).toBe('cancelled');
    expect(run.steps.map((s) => s.index)).toEqual([0]);
    expect(session.runs[1]).toBeUndefined();
    expect(session.ranSteps).toEqual([0]);
  });
});

describe('answers are compared only for steps run in order in an untouched world', () => {
  const steps = [get('a', { status: 200 }), get('b', { status: 404 }), get('c', { status: 200 })];

  it.each([
    { name: 'in order: every step compared', asked: [0, 1, 2], leaveAfter: -1, compared: [true, true, true] },
    {
      name: 'the last first: earlier ones ran in order too',
      asked: [2],
      leaveAfter: -1,
      compared: [true, true, true],
    },
    { name: 'a step run again is out of order', asked: [1, 0], leaveAfter: -1, compared: [false, true] },
    {
      name: 'after a change of the learner’s own',
      asked: [0, 1, 2],
      leaveAfter: 0,
      compared: [true, false, false],
    },
  ])('$name', async ({ asked, leaveAfter, compared }) => {
    const { world } = fakeWorld(() => ({}));
    const session = openScenarioSession(scenario(steps), world, noClock);
    for (const [i, index] of asked.entries()) {
      await session.runStep(index);
      if (i === leaveAfter) session.leaveScript();
    }
    expect(session.runs.filter((r) => r !== undefined).map((r) => r.compared)).toEqual(compared);
    expect(session.offScript).toBe(leaveAfter >= 0);
  });

  it('names the field that differs', async () => {
    const { world } = fakeWorld(() => ({}));
    const run = await openScenarioSession(scenario(steps), world, noClock).runStep(1);
    expect(run.steps[1]?.mismatches.map((m) => m.field)).toEqual(['status']);
    expect(run.steps[1]?.compared).toBe(true);
  });
});

describe('a session opened again over a fresh world (Restart lesson)', () => {
  it('starts with nothing run and no captured values', async () => {
    const steps: Step[] = [
      { request: { operation: 'CreateMultipartUpload', key: 'k' } },
      {
        request: { operation: 'UploadPart', key: 'k', query: { uploadId: '{{uploadId}}', partNumber: '1' } },
      },
    ];
    const first = fakeWorld(() => ({ body: { UploadId: 'old' } }));
    const before = openScenarioSession(scenario(steps), first.world, noClock);
    await before.runStep(1);
    const second = fakeWorld(() => ({ body: { UploadId: 'new' } }));
    const after = openScenarioSession(scenario(steps), second.world, noClock);
    expect(after.ranSteps).toEqual([]);
    expect(after.values().uploadId).toBeUndefined();
    await after.runStep(1);
    expect(second.sent[1]?.query?.uploadId).toBe('new');
  });
});
