import { describe, expect, it } from 'vitest';
import { createWorld, deterministicDeps, type Setup } from '../engine/index.ts';
import { createEngineHost } from '../worker/host.ts';
import { persistWorkspace, STORAGE_KEY } from './persistence.ts';
import { openAccepted, withoutParts } from './setup-refusals.ts';
import { createPlaygroundStore, DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';

/** Public: Principal "*" may read every object. Block Public Access (on by default) refuses it. */
const publicPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
  ],
};
const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const refusedSetup: Setup = {
  ...DEFAULT_SETUP,
  versioning: 'Enabled',
  kmsKeys: [{ id: keyId, alias: 'alias/kept' }],
  policy: publicPolicy,
};

describe('taking refused parts out of a set-up', () => {
  const setup: Setup = {
    bucket: 'b',
    kmsKeys: [{ id: 'k1' }, { id: 'k2' }],
    policy: 'p',
    otherBuckets: [{ name: 'o', policy: 'q' }],
  };
  it.each([
    { name: 'a top-level field', path: 'policy', gone: (s: Setup) => s.policy },
    {
      name: 'one element of a list',
      path: 'kmsKeys[0]',
      gone: (s: Setup) => s.kmsKeys?.find((k) => k.id === 'k1'),
    },
    {
      name: 'a field of an element',
      path: 'otherBuckets[0].policy',
      gone: (s: Setup) => s.otherBuckets?.[0]?.policy,
    },
  ])('removes $name and keeps the rest', ({ path, gone }) => {
    const rest = withoutParts(setup, [path]);
    expect(rest).toBeDefined();
    expect(gone(rest!)).toBeUndefined();
    expect(gone(setup)).toBeDefined();
    expect(rest?.bucket).toBe('b');
    expect(rest?.otherBuckets?.[0]?.name).toBe('o');
    expect((rest?.kmsKeys ?? []).length + (path.startsWith('kmsKeys') ? 1 : 0)).toBe(2);
  });

  it.each([
    ['', 'nothing'],
    ['bucketEncryption', 'a field that is not there'],
    ['a.b[x]', 'an unreadable path'],
  ])('gives up on the path "%s" (%s)', (path) => {
    expect(withoutParts({ bucket: 'b' }, [path])).toBeUndefined();
  });
});

describe('a set-up that S3 refuses in part', () => {
  // AWS: with BlockPublicPolicy, "PUT Bucket policy calls fail if the specified bucket policy allows
  // public access" (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html).
  it('opens the world without the refused policy and reports S3 answer for it', async () => {
    const accepted = await openAccepted(refusedSetup, (s) => createWorld(s, deterministicDeps()));
    expect(accepted.opened.ok).toBe(true);
    expect(accepted.setup).toEqual({
      ...DEFAULT_SETUP,
      versioning: 'Enabled',
      kmsKeys: [{ id: keyId, alias: 'alias/kept' }],
    });
    expect(accepted.refused.map((p) => p.path)).toEqual(['policy']);
    expect(accepted.refused[0]?.message).toMatch(/AccessDenied/);
  });

  it('leaves the page usable and never saves the refused part', async () => {
    const store = createPlaygroundStore({ engine: createEngineHost({ deps: () => deterministicDeps() }) });
    await store.getState().loadWorld(refusedSetup);
    const state = store.getState();
    expect(state.worldStatus).toBe('ready');
    expect(state.worldProblems.map((p) => p.path)).toEqual(['policy']);
    expect(state.setup.policy).toBeUndefined();
    expect(state.setup.kmsKeys).toEqual([{ id: keyId, alias: 'alias/kept' }]);
    const written: Record<string, string> = {};
    const persistence = persistWorkspace(store, {
      storage: {
        write: (key, value) => {
          written[key] = value;
          return true;
        },
      },
      replaceHash: () => {},
      currentHash: () => '',
      baseline: () => ({ policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP }),
      lessonId: () => undefined,
    });
    persistence.flush();
    persistence.stop();
    expect(JSON.parse(written[STORAGE_KEY] ?? '{}').setup.policy).toBeUndefined();
    const sent = await state.sendRaw({ operation: 'PutObject', key: 'a.txt', body: 'hello', https: true });
    expect(sent?.response.status).toBe(200);
  });

  it('fails as a whole when a refusal names nothing it can take out', async () => {
    const accepted = await openAccepted<string>({ bucket: 'b' }, async () => ({
      ok: false,
      error: [{ path: '', message: 'no' }],
    }));
    expect(accepted.opened).toEqual({ ok: false, error: [{ path: '', message: 'no' }] });
  });
});
