import { describe, expect, it } from 'vitest';
import {
  createWorld,
  deterministicDeps,
  parseScenarioFile,
  type RequestInput,
  runScenario,
  type Setup,
} from '../engine/index.ts';
import { lessonFileText, lessonFromSession } from './lesson-export.ts';
import type { SessionEntry } from './session.ts';

const SETUP: Setup = {
  bucket: 'test-bucket',
  account: '111122223333',
  region: 'us-east-1',
  versioning: 'Enabled',
};
const KMS_KEY_ID = 'x-amz-server-side-encryption-aws-kms-key-id';
// The only part is also the last, so it may be smaller than 5 MiB.
const PART = new Uint8Array(1024).fill(7);

/**
 * A session whose later requests name what S3 and KMS generated on the way: a key created in the
 * KMS panel, version ids, an upload id and a part's ETag. `later(answers)` builds each request
 * from the answers so far, as a user copying an id from an answer into the builder would.
 */
const steps: ((answers: SessionEntry[]) => RequestInput)[] = [
  () => ({ operation: 'kms:CreateKey', body: { Description: 'made in the panel' } }),
  (a) => ({
    operation: 'PutObject',
    key: 'a.txt',
    body: new TextEncoder().encode('first'),
    headers: { 'x-amz-server-side-encryption': 'aws:kms', [KMS_KEY_ID]: keyIdOf(a[0]) },
  }),
  () => ({ operation: 'PutObject', key: 'a.txt', body: new TextEncoder().encode('second') }),
  (a) => ({ operation: 'GetObject', key: 'a.txt', query: { versionId: versionOf(a[1]) } }),
  () => ({ operation: 'CreateMultipartUpload', key: 'm.bin' }),
  (a) => ({
    operation: 'UploadPart',
    key: 'm.bin',
    query: { uploadId: uploadIdOf(a[4]), partNumber: '1' },
    body: PART,
  }),
  (a) => ({
    operation: 'CompleteMultipartUpload',
    key: 'm.bin',
    query: { uploadId: uploadIdOf(a[4]) },
    body: { Parts: [{ PartNumber: 1, ETag: a[5]?.outcome.response.headers.etag ?? '' }] },
  }),
  (a) => ({
    operation: 'CopyObject',
    key: 'copy.txt',
    headers: { 'x-amz-copy-source': `test-bucket/a.txt?versionId=${versionOf(a[1])}` },
  }),
];

function keyIdOf(entry: SessionEntry | undefined): string {
  const body = entry?.outcome.response.body as { KeyMetadata?: { KeyId?: string } } | undefined;
  return body?.KeyMetadata?.KeyId ?? '';
}
const versionOf = (entry: SessionEntry | undefined) =>
  entry?.outcome.response.headers['x-amz-version-id'] ?? '';
const uploadIdOf = (entry: SessionEntry | undefined) =>
  (entry?.outcome.response.body as { UploadId?: string } | undefined)?.UploadId ?? '';

async function recordedSession(seed: number): Promise<SessionEntry[]> {
  const world = await createWorld(SETUP, deterministicDeps(seed));
  if (!world.ok) throw new Error('the set-up is valid');
  const entries: SessionEntry[] = [];
  for (const step of steps) {
    const request = step(entries);
    const outcome = await world.value.send(request);
    if ('cancelled' in outcome) throw new Error('nothing cancels these requests');
    entries.push({ request, outcome });
  }
  return entries;
}

describe('Save as lesson writes generated ids as placeholders', () => {
  it('gives a file that passes the runner, whose world generates other ids', async () => {
    const entries = await recordedSession(41);
    expect(entries.map((e) => e.outcome.response.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    const { scenario, keysInSetup } = lessonFromSession(SETUP, entries, {
      id: 'generated-ids',
      title: 'Generated ids',
      explains: [],
      includeKeys: false,
    });
    expect(keysInSetup).toBe(1);
    const parsed = parseScenarioFile(lessonFileText(scenario));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const run = await runScenario(parsed.value[0] ?? scenario);
    expect(run.steps.flatMap((s) => s.mismatches.map((m) => m.line))).toEqual([]);
    expect(run.passed).toBe(true);
  });

  it.each([
    { step: 2, where: 'the GetObject of an earlier version', text: '{{versionId:0}}' },
    { step: 4, where: 'the UploadPart', text: '{{uploadId:3}}' },
    { step: 5, where: 'the Complete: upload id and part ETag', text: '{{etag:4}}' },
    { step: 6, where: 'the copy source naming a version', text: 'a.txt?versionId={{versionId:0}}' },
  ])('writes $where as $text', async ({ step, text }) => {
    const entries = await recordedSession(42);
    const { scenario } = lessonFromSession(SETUP, entries, {
      id: 'x',
      title: 'X',
      explains: [],
      includeKeys: false,
    });
    expect(JSON.stringify(scenario.steps[step]?.request)).toContain(text);
  });

  it('makes a key created in the session a set-up key with the same id, not a step', async () => {
    const entries = await recordedSession(43);
    const { scenario } = lessonFromSession(SETUP, entries, {
      id: 'x',
      title: 'X',
      explains: [],
      includeKeys: false,
    });
    expect(scenario.setup?.kmsKeys?.map((k) => k.id)).toEqual([keyIdOf(entries[0])]);
    expect(scenario.steps.map((s) => s.request.operation)).not.toContain('kms:CreateKey');
  });
});
