import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../engine/index.ts';
import { lessonById } from '../scenarios/index.ts';
import { PARTIAL_CLIENT_SIDE_READ } from './client-side.ts';
import { completePartsBody } from './complete-parts-draft.ts';
import { DEFAULT_POLICY } from './store.ts';
import { testStore } from './testing/test-store.ts';

/** A fresh store on the real engine, with seeded randomness and a fixed clock. */
async function readyStore(policyText = DEFAULT_POLICY) {
  const store = testStore({ policyText, deps: () => deterministicDeps(7) });
  await store.getState().loadWorld(store.getState().setup);
  expect(store.getState().worldStatus).toBe('ready');
  return store;
}

describe('the playground store on the real engine', () => {
  it('diagnoses the policy text as it changes', async () => {
    const store = await readyStore();
    await store.getState().setPolicyText('{ "Version": "2012-10-17", "Statement": [] }');
    expect(store.getState().policyDiagnostics.some((d) => d.severity === 'error')).toBe(true);
    await store.getState().setPolicyText(DEFAULT_POLICY);
    expect(store.getState().policyDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('applies a policy through PutBucketPolicy and records it in the set-up', async () => {
    const store = await readyStore();
    await store.getState().applyPolicy();
    const { policyApply, setup } = store.getState();
    expect(policyApply.state).toBe('applied');
    expect(setup.policy).toBe(DEFAULT_POLICY);
  });

  it('treats an empty editor as no policy: no diagnostics, and applying it deletes the policy', async () => {
    const store = await readyStore();
    await store.getState().applyPolicy();
    store.getState().setPolicyText('  ');
    expect(store.getState().policyDiagnostics).toEqual([]);
    await store.getState().applyPolicy();
    const { policyApply, setup, history } = store.getState();
    expect(policyApply.state).toBe('applied');
    expect(policyApply.outcome?.response.status).toBe(204);
    expect(setup.policy).toBeUndefined();
    expect(history).toEqual([]);
  });

  it("shows S3's MalformedPolicy refusal and keeps the set-up unchanged", async () => {
    const store = await readyStore('{ not json');
    await store.getState().applyPolicy();
    const { policyApply, setup } = store.getState();
    expect(policyApply.state).toBe('refused');
    expect(policyApply.outcome?.response.error?.code).toBe('MalformedPolicy');
    expect(setup.policy).toBeUndefined();
  });

  it('sends the draft: plain HTTP is denied once the HTTPS-only policy is applied', async () => {
    const store = await readyStore();
    await store.getState().applyPolicy();
    store.getState().setDraft({ https: false });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(403);
    store.getState().setDraft({ https: true });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    expect(store.getState().history.map((h) => h.outcome.response.status)).toEqual([200, 403]);
  });

  it('fills the UploadId after CreateMultipartUpload, so UploadPart and Complete are one click each', async () => {
    const store = await readyStore();
    store.getState().setDraft({ operation: 'CreateMultipartUpload', key: 'video.mp4' });
    await store.getState().send();
    const { query } = store.getState().draft;
    expect(query.uploadId).not.toBe('');
    expect(query.partNumber).toBe('1');
    store.getState().setDraft({ operation: 'UploadPart' });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    // S3 completes only the parts listed with their ETags; the builder fills them in (TargetFields).
    store.getState().setDraft({ operation: 'CompleteMultipartUpload', bodyText: '' });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.error?.code).toBe('InvalidRequest');
    const { snapshot, draft } = store.getState();
    const parts = completePartsBody(snapshot, draft.bucket, draft.query.uploadId) ?? '';
    store.getState().setDraft({ bodyText: parts });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
  });

  it('writes the SSE headers from the encryption picker', async () => {
    const store = await readyStore();
    store.getState().setEncryption('SSE-KMS');
    await store.getState().send();
    expect(store.getState().lastRun?.request.headers).toEqual({ 'x-amz-server-side-encryption': 'aws:kms' });
    expect(store.getState().lastRun?.outcome.response.headers['x-amz-server-side-encryption']).toBe(
      'aws:kms',
    );
    expect(store.getState().snapshot?.kmsKeys.some((k) => k.alias === 'alias/aws/s3')).toBe(true);
  });

  it('applies the bucket form with PutBucketEncryption and keeps the answer', async () => {
    const store = await readyStore();
    store.getState().setBucketForm({ algorithm: 'aws:kms', bucketKey: true });
    await store.getState().applyBucket('encryption');
    const { bucketApply, setup } = store.getState();
    expect(bucketApply.encryption.state).toBe('applied');
    expect(setup.bucketEncryption?.Rules[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe(
      'aws:kms',
    );
    expect(setup.bucketEncryption?.Rules[0]?.BucketKeyEnabled).toBe(true);
  });

  it('creates and disables a KMS key through kms:* operations', async () => {
    const store = await readyStore();
    const created = await store.getState().kmsCommand('kms:CreateKey', { Alias: 'alias/demo' });
    expect(created?.response.status).toBe(200);
    const key = store.getState().snapshot?.kmsKeys.find((k) => k.alias === 'alias/demo');
    expect(key?.state).toBe('Enabled');
    await store.getState().kmsCommand('kms:DisableKey', { KeyId: key?.keyId });
    expect(store.getState().snapshot?.kmsKeys.find((k) => k.alias === 'alias/demo')?.state).toBe('Disabled');
    expect(store.getState().setup.kmsKeys).toEqual([
      { id: key?.keyId, alias: 'alias/demo', state: 'Disabled' },
    ]);
  });

  it('takes the set-up from the engine after a change sent from the builder, and keeps it after a read', async () => {
    const store = await readyStore();
    store.getState().setDraft({ operation: 'PutBucketVersioning', bodyText: '{"Status":"Enabled"}' });
    await store.getState().send();
    const changed = store.getState().setup;
    expect(changed.versioning).toBe('Enabled');
    store.getState().setDraft({ operation: 'HeadObject', bodyText: '' });
    await store.getState().send();
    expect(store.getState().setup).toBe(changed);
  });

  it('reports a JSON input that does not parse at the body, without sending', async () => {
    const store = await readyStore();
    store.getState().setDraft({ operation: 'PutBucketEncryption', bodyText: '{"Rules": [' });
    await store.getState().send();
    expect(store.getState().draftError?.field).toBe('body');
    expect(store.getState().lastRun).toBeNull();
  });

  it('encrypts in the browser before PutObject and decrypts after GetObject (raw AES wrapping key)', async () => {
    const store = await readyStore();
    const aesKey = btoa(String.fromCharCode(...new Uint8Array(32).fill(9)));
    store.getState().setEncryption('Client-side');
    store.getState().setDraft({
      bodyText: 'client-side secret',
      clientSide: { enabled: true, wrapping: 'aes', kmsKeyId: '', aesKey },
    });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    expect(store.getState().lastRun?.request.headers?.['x-amz-meta-x-amz-key-v2']).toBeDefined();
    store.getState().setDraft({ operation: 'GetObject' });
    await store.getState().send();
    expect(store.getState().clientSideResult).toEqual({
      direction: 'decrypted',
      plaintext: 'client-side secret',
    });
    // A byte range of the object is ciphertext that AES-GCM cannot open alone: said, not hidden.
    store
      .getState()
      .setDraft({ headers: [...store.getState().draft.headers, { name: 'Range', value: 'bytes=0-3' }] });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(206);
    expect(store.getState().clientSideResult).toEqual({
      direction: 'decrypted',
      error: PARTIAL_CLIENT_SIDE_READ,
    });
  });

  it('wraps the client-side content key with a KMS key, calling KMS directly (GenerateDataKey, then Decrypt)', async () => {
    const store = await readyStore();
    await store.getState().kmsCommand('kms:CreateKey', { Alias: 'alias/client' });
    store.getState().setEncryption('Client-side');
    store.getState().setDraft({
      bodyText: 'wrapped by KMS',
      clientSide: { enabled: true, wrapping: 'kms', kmsKeyId: 'alias/client', aesKey: '' },
    });
    await store.getState().send();
    expect(store.getState().lastRun?.request.headers?.['x-amz-meta-x-amz-wrap-alg']).toBe('kms+context');
    store.getState().setDraft({ operation: 'GetObject' });
    await store.getState().send();
    expect(store.getState().clientSideResult?.plaintext).toBe('wrapped by KMS');
    const calls = store.getState().snapshot?.kmsKeys.find((k) => k.alias === 'alias/client')?.calls;
    expect(calls).toEqual({ GenerateDataKey: 1, Decrypt: 1 });
  });

  it('opens a lesson and runs its steps with placeholders filled from earlier answers', async () => {
    const store = await readyStore();
    const lesson = lessonById('https-only-policy');
    if (!lesson) throw new Error('the https-only-policy lesson is missing');
    await store.getState().openLesson(lesson.scenario);
    for (const index of lesson.scenario.steps.keys()) await store.getState().runLessonStep(index);
    const runs = store.getState().lesson?.runs ?? [];
    expect(runs.map((r) => r?.response.status)).toEqual(lesson.scenario.steps.map((s) => s.expect?.status));
  });
});
