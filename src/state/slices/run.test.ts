/** The Send of the request builder: what is said and shown when a request does not go out (issue 9). */
import { describe, expect, it } from 'vitest';
import { deterministicDeps, type Outcome } from '../../engine/index.ts';
import { HISTORY_LIMIT, record } from '../send-through.ts';
import { DEFAULT_POLICY } from '../store.ts';
import { testStore } from '../testing/test-store.ts';

async function readyStore(policyText = DEFAULT_POLICY) {
  const store = testStore({ policyText, deps: () => deterministicDeps(7) });
  await store.getState().loadWorld(store.getState().setup);
  return store;
}

describe('a Send that cannot go out', () => {
  it.each([
    { name: 'an input that is not JSON', body: '{ "ObjectEncryption": ', field: 'body' },
    { name: 'an input that is not an object', body: '[1, 2]', field: 'body' },
  ])('says why ($name) and clears the stale answer', async ({ body, field }) => {
    const store = await readyStore();
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    store.getState().setDraft({ operation: 'UpdateObjectEncryption', bodyText: body });
    await store.getState().send();
    const { lastRun, draftError, history } = store.getState();
    expect(draftError?.field).toBe(field);
    expect(lastRun).toBeNull();
    // The request that did go out stays in the history.
    expect(history.map((entry) => entry.request.operation)).toEqual(['PutObject']);
  });
});

describe('a Send stopped because S3 refused the edited policy', () => {
  it.each([
    { operation: 'PutObject' as const, notice: 'S3 refused your policy; the PutObject was not sent' },
    { operation: 'GetObject' as const, notice: 'S3 refused your policy; the GetObject was not sent' },
  ])(
    "says the $operation was not sent, and shows S3's answer to the policy",
    async ({ operation, notice }) => {
      const store = await readyStore('{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" } ] }');
      store.getState().setDraft({ operation });
      await store.getState().send();
      const { runNotice, lastRun } = store.getState();
      expect(runNotice).toBe(notice);
      expect(lastRun?.request.operation).toBe('PutBucketPolicy');
      expect(lastRun?.outcome.response.error?.code).toBe('MalformedPolicy');
    },
  );

  it('a later Send that goes out clears the notice', async () => {
    const store = await readyStore('{ not json');
    await store.getState().send();
    expect(store.getState().runNotice).not.toBeNull();
    await store.getState().setPolicyText(DEFAULT_POLICY);
    await store.getState().send();
    expect(store.getState().runNotice).toBeNull();
    expect(store.getState().lastRun?.request.operation).toBe('PutObject');
  });
});

describe('the request history', () => {
  it('lists the requests sent, newest first, with their answers', async () => {
    const store = await readyStore();
    await store.getState().applyPolicy();
    await store.getState().send();
    store.getState().setDraft({ https: false });
    await store.getState().send();
    expect(
      store
        .getState()
        .history.map((entry) => [
          entry.request.https,
          entry.outcome.response.status,
          entry.outcome.response.error?.code,
        ]),
    ).toEqual([
      [false, 403, 'AccessDenied'],
      [true, 200, undefined],
    ]);
  });

  it(`keeps at most ${HISTORY_LIMIT} requests`, () => {
    const store = testStore();
    const outcome = {
      response: { status: 200, headers: {} },
      trace: [],
      kmsEvents: [],
    } as unknown as Outcome;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      record(store.getState, store.setState, { operation: 'GetObject', key: `k${i}` }, outcome);
    const keys = store.getState().history.map((entry) => entry.request.key);
    expect(keys).toHaveLength(HISTORY_LIMIT);
    expect(keys[0]).toBe(`k${HISTORY_LIMIT + 4}`);
  });

  it('loads a request back into the builder as it was sent, with its answer on screen', async () => {
    const store = await readyStore();
    store.getState().setDraft({ key: 'first.txt', bodyText: 'first body' });
    store.getState().setEncryption('SSE-KMS');
    await store.getState().send();
    const sent = store.getState().draft;
    store.getState().setDraft({ operation: 'GetObject', key: 'second.txt' });
    await store.getState().send();
    const older = store.getState().history[1]!;
    store.getState().loadHistoryEntry(older);
    const { draft, lastRun } = store.getState();
    expect(draft).toEqual(sent);
    expect(lastRun?.request.key).toBe('first.txt');
    expect(lastRun?.outcome.response.status).toBe(200);
  });

  it('a request sent outside the builder loads back from what was sent', async () => {
    const store = await readyStore();
    await store.getState().sendRaw({ operation: 'HeadObject', key: 'missing.txt', https: false });
    store.getState().loadHistoryEntry(store.getState().history[0]!);
    expect(store.getState().draft).toMatchObject({
      operation: 'HeadObject',
      key: 'missing.txt',
      https: false,
    });
  });
});
