import { describe, expect, it } from 'vitest';
import type { EngineDeps } from '../deps.ts';
import { err, ok } from '../result.ts';
import type { Outcome, RequestInput, S3Response } from '../types.ts';
import { runScenarioIn, type ScenarioWorld, type WorldFactory } from './run.ts';
import type { Scenario, Step } from './types.ts';

const T0 = Date.UTC(2026, 0, 1);
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

/** A test double: answers from a script and records what it was sent and when. */
function fakeWorld(answer: (request: RequestInput, index: number) => Partial<S3Response>) {
  const sent: { request: RequestInput; at: number }[] = [];
  let deps: EngineDeps | undefined;
  const world: ScenarioWorld = {
    send: async (request) => {
      const response = { status: 200, headers: {}, ...answer(request, sent.length) };
      sent.push({ request, at: deps?.now() ?? -1 });
      const outcome: Outcome = { response, trace: [], kmsEvents: [] };
      return outcome;
    },
    awsManagedKeyArn: () => 'arn:aws:kms:us-east-1:111122223333:key/aws-s3-managed',
    keyArn: (id) => (id === KEY ? `arn:aws:kms:us-east-1:111122223333:key/${id}` : undefined),
  };
  const factory: WorldFactory = async (_setup, injected) => {
    deps = injected;
    return ok(world);
  };
  return { factory, sent };
}

const scenario = (steps: Step[]): Scenario => ({ id: 's', title: 'S', steps });

describe('runScenarioIn drives the world step by step', () => {
  it('sends step 0 ten simulated seconds after set-up, and each afterMs later', async () => {
    const { factory, sent } = fakeWorld(() => ({}));
    await runScenarioIn(
      factory,
      scenario([
        { request: { operation: 'GetBucketEncryption' } },
        { request: { operation: 'GetBucketEncryption' } },
        { request: { operation: 'GetBucketEncryption' }, afterMs: 1500 },
      ]),
    );
    expect(sent.map((s) => s.at - T0)).toEqual([10_000, 10_000, 11_500]);
  });

  it.each([
    {
      name: 'uploadId is the UploadId of the latest successful CreateMultipartUpload',
      steps: [
        { request: { operation: 'CreateMultipartUpload', key: 'k' } },
        { request: { operation: 'CreateMultipartUpload', key: 'k' } },
        {
          request: {
            operation: 'UploadPart',
            key: 'k',
            query: { uploadId: '{{uploadId}}', partNumber: '1' },
          },
        },
      ] as Step[],
      answer: (_r: RequestInput, i: number) =>
        i < 2 ? { body: { Bucket: 'b', Key: 'k', UploadId: `upload-${i}` } } : {},
      sentQuery: { uploadId: 'upload-1', partNumber: '1' },
    },
    {
      name: 'a failed CreateMultipartUpload does not replace the upload id',
      steps: [
        { request: { operation: 'CreateMultipartUpload', key: 'k' } },
        { request: { operation: 'CreateMultipartUpload', key: 'k' } },
        { request: { operation: 'UploadPart', key: 'k', query: { uploadId: '{{uploadId}}' } } },
      ] as Step[],
      answer: (_r: RequestInput, i: number) =>
        i === 0
          ? { body: { UploadId: 'first' } }
          : i === 1
            ? { status: 403, body: { UploadId: 'never' } }
            : {},
      sentQuery: { uploadId: 'first' },
    },
    {
      name: 'versionId:N is the x-amz-version-id step N returned',
      steps: [
        { request: { operation: 'PutObject', key: 'k', body: 'a' } },
        { request: { operation: 'PutObject', key: 'k', body: 'b' } },
        { request: { operation: 'GetObject', key: 'k', query: { versionId: '{{versionId:0}}' } } },
      ] as Step[],
      answer: (_r: RequestInput, i: number) => ({ headers: { 'x-amz-version-id': `v${i}` } }),
      sentQuery: { versionId: 'v0' },
    },
  ])('$name', async ({ steps, answer, sentQuery }) => {
    const { factory, sent } = fakeWorld(answer);
    const run = await runScenarioIn(factory, scenario(steps));
    expect(sent.at(-1)?.request.query).toEqual(sentQuery);
    expect(run.passed).toBe(true);
  });

  it('replaces key ARNs in headers and JSON bodies, and leaves object keys alone', async () => {
    const { factory, sent } = fakeWorld(() => ({}));
    await runScenarioIn(
      factory,
      scenario([
        {
          request: {
            operation: 'PutObject',
            key: 'k',
            headers: { 'x-amz-server-side-encryption-aws-kms-key-id': `{{keyArn:${KEY}}}` },
          },
        },
        {
          request: {
            operation: 'PutBucketPolicy',
            body: { Statement: [{ Resource: '{{awsManagedKeyArn}}' }] },
          },
        },
      ]),
    );
    expect(sent[0]?.request.headers).toEqual({
      'x-amz-server-side-encryption-aws-kms-key-id': `arn:aws:kms:us-east-1:111122223333:key/${KEY}`,
    });
    expect(sent[1]?.request.body).toEqual({
      Statement: [{ Resource: 'arn:aws:kms:us-east-1:111122223333:key/aws-s3-managed' }],
    });
  });

  it('replaces placeholders in expectations after the step, literally inside patterns', async () => {
    const { factory } = fakeWorld(() => ({ headers: { 'x-amz-version-id': 'a.b', etag: 'a.b' } }));
    const run = await runScenarioIn(
      factory,
      scenario([
        {
          request: { operation: 'PutObject', key: 'k' },
          expect: {
            headers: { 'x-amz-version-id': '{{versionId:0}}', etag: { matches: '^{{versionId:0}}$' } },
          },
        },
        {
          request: { operation: 'PutObject', key: 'k' },
          expect: { headers: { etag: { matches: '^{{versionId:0}}$' } } },
        },
      ]),
    );
    expect(run.steps.map((s) => s.passed)).toEqual([true, true]);
    const { factory: other } = fakeWorld(() => ({ headers: { 'x-amz-version-id': 'a.b', etag: 'axb' } }));
    const literal = await runScenarioIn(
      other,
      scenario([
        {
          request: { operation: 'PutObject', key: 'k' },
          expect: { headers: { etag: { matches: '^{{versionId:0}}$' } } },
        },
      ]),
    );
    expect(literal.steps[0]?.mismatches.map((m) => m.line)).toEqual([
      'headers.etag: expected a value matching /^a\\.b$/, got "axb"',
    ]);
  });

  it('fails a step whose placeholder has no value, without sending it', async () => {
    const { factory, sent } = fakeWorld((_r, i) => (i === 0 ? { status: 403 } : {}));
    const run = await runScenarioIn(
      factory,
      scenario([
        { request: { operation: 'CreateMultipartUpload', key: 'k' } },
        {
          request: { operation: 'UploadPart', key: 'k', query: { uploadId: '{{uploadId}}' } },
          expect: { status: 200 },
        },
      ]),
    );
    expect(sent).toHaveLength(1);
    expect(run.steps[1]).toMatchObject({ status: 0, passed: false });
    expect(run.steps[1]?.mismatches[0]?.got).toBe(
      '{{uploadId}} has no value: no CreateMultipartUpload has succeeded yet',
    );
  });
});

describe('runScenarioIn reports each step and the scenario', () => {
  it.each([
    {
      name: 'a step that meets its expectation passes',
      expect: { status: 200 },
      answer: {},
      passed: true,
      checked: true,
    },
    {
      name: 'a step that falls short fails with its mismatch',
      expect: { status: 403 },
      answer: {},
      passed: false,
      checked: true,
    },
    {
      name: 'a step without expectation passes unchecked',
      expect: undefined,
      answer: { status: 403 },
      passed: true,
      checked: false,
    },
    {
      name: 'an unchecked step answered 500 fails: the simulator never means it',
      expect: undefined,
      answer: { status: 500 },
      passed: false,
      checked: false,
    },
  ])('$name', async ({ expect: expectation, answer, passed, checked }) => {
    const { factory } = fakeWorld(() => answer);
    const step: Step = {
      request: { operation: 'GetObject', key: 'k' },
      ...(expectation === undefined ? {} : { expect: expectation }),
    };
    const run = await runScenarioIn(factory, scenario([step]));
    expect(run.passed).toBe(passed);
    expect(run.steps[0]).toMatchObject({ passed, checked });
  });

  it('reports a set-up S3 refuses as broken, with the problems', async () => {
    const problems = [{ path: 'policy', message: 'Access Denied (Block Public Access)' }];
    const run = await runScenarioIn(
      async () => err(problems),
      scenario([{ request: { operation: 'GetBucketPolicy' } }]),
    );
    expect(run).toEqual({
      id: 's',
      title: 'S',
      passed: false,
      broken: { reason: 'setup.policy: Access Denied (Block Public Access)', problems },
      steps: [],
    });
  });

  it('reports an engine exception in set-up as broken, not as a crash', async () => {
    const run = await runScenarioIn(
      async () => {
        throw new Error('boom');
      },
      scenario([{ request: { operation: 'GetBucketPolicy' } }]),
    );
    expect(run.broken?.reason).toBe('the engine failed while building the set-up (a bug): boom');
  });

  it('reports an exception from send as a failed step and goes on', async () => {
    const world: ScenarioWorld = {
      send: async (request) => {
        if (request.operation === 'GetObject') throw new Error('kaput');
        return { response: { status: 200, headers: {} }, trace: [], kmsEvents: [] };
      },
      awsManagedKeyArn: () => '',
      keyArn: () => undefined,
    };
    const run = await runScenarioIn(
      async () => ok(world),
      scenario([
        { request: { operation: 'GetObject', key: 'k' } },
        { request: { operation: 'GetBucketPolicy' }, expect: { status: 200 } },
      ]),
    );
    expect(run.steps.map((s) => [s.passed, s.mismatches.map((m) => m.got)])).toEqual([
      [false, ['the engine threw (a bug): kaput']],
      [true, []],
    ]);
  });
});
