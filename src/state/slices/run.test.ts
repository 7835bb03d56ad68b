/** The Send of the request builder: what is said and shown when a request does not go out (issue 9). */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
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
