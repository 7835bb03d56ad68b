/**
 * The pins' exported scenario file reproduces the world the pins read: what "holds" in the app
 * passes in `npm run scenarios`, and a pin where the two cannot agree is named at export. The
 * world is built through the store, as a user builds it.
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps, parseScenarioFile, runScenario } from '../engine/index.ts';
import { completePartsBody } from './complete-parts-draft.ts';
import { generatedBody } from './generated-body.ts';
import type { Pin } from './pins.ts';
import { DEFAULT_DRAFT, type RequestDraft } from './request-draft.ts';
import { testStore } from './testing/test-store.ts';

type Store = ReturnType<typeof testStore>;

const HTTPS_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

async function readyStore() {
  const store = testStore({ policyText: '', deps: () => deterministicDeps(11) });
  await store.getState().loadWorld(store.getState().setup);
  expect(store.getState().worldStatus).toBe('ready');
  return store;
}

async function send(store: Store, patch: Partial<RequestDraft>, pin = false) {
  store.getState().setDraft(patch);
  await store.getState().send();
  if (pin) store.getState().pinLastRun();
  return store.getState().lastRun?.outcome.response.status;
}

/** An SSE-KMS object a.txt, as the tester made it. */
async function kmsObject(store: Store) {
  store.getState().setDraft({ operation: 'PutObject', key: 'a.txt', bodyText: 'pinned data' });
  store.getState().setEncryption('SSE-KMS');
  expect(await send(store, {})).toBe(200);
}

/** An upload of big.bin in progress, with one part. */
async function uploadInProgress(store: Store) {
  expect(await send(store, { operation: 'CreateMultipartUpload', key: 'big.bin', headers: [] })).toBe(200);
  expect(await send(store, { operation: 'UploadPart', bodyText: 'part one' })).toBe(200);
}

/** The exported file as CI reads it: the text saved, parsed, run by the scenario runner. */
async function runExported(text: string) {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const run = await runScenario(parsed.value[0]!);
  return run.steps.map((s) => s.passed);
}

const pinOf = (draft: Partial<RequestDraft>, status: number): Pin => ({
  draft: { ...DEFAULT_DRAFT, key: 'a.txt', ...draft },
  expect: { status, code: null },
});

interface Case {
  name: string;
  build(store: Store): Promise<void>;
  /** Per pin: does it hold in the app, and does its step pass in the file. */
  holds: boolean[];
  passes: boolean[];
  /** Labels of the pins the export names. */
  named: string[];
  /** The file stays under this many characters. */
  maxChars?: number;
}

const cases: Case[] = [
  {
    // GetObject, HeadObject ("200 OK", S3 API reference) of an SSE-KMS object, and ListParts of an
    // upload in progress (ListParts: "200 OK" with its parts): the tester's report.
    name: 'a GetObject and a HeadObject of an SSE-KMS object and a ListParts pass where they hold',
    build: async (store) => {
      await kmsObject(store);
      expect(await send(store, { operation: 'GetObject', headers: [] }, true)).toBe(200);
      expect(await send(store, { operation: 'HeadObject' }, true)).toBe(200);
      await uploadInProgress(store);
      expect(await send(store, { operation: 'ListParts', key: 'big.bin' }, true)).toBe(200);
    },
    holds: [true, true, true],
    passes: [true, true, true],
    named: [],
  },
  {
    // The editor's policy, not yet applied, denies plain HTTP (aws:SecureTransport, IAM User
    // Guide): the HTTP pin now differs in the app and fails in the file; the HTTPS pin holds.
    // (An SSE-KMS object is never served over HTTP, so this object is SSE-S3.)
    name: "pins are checked under the editor's policy in the file too",
    build: async (store) => {
      expect(await send(store, { operation: 'PutObject', key: 'b.txt', bodyText: 'plain' })).toBe(200);
      expect(await send(store, { operation: 'GetObject' }, true)).toBe(200);
      expect(await send(store, { https: false }, true)).toBe(200);
      await store.getState().setPolicyText(HTTPS_ONLY);
    },
    holds: [true, false],
    passes: [true, false],
    named: [],
  },
  {
    // DeleteObject answers 204 (S3 API reference); a GetObject after it is 404 NoSuchKey in the
    // file, while in the app each pin has its own copy of the world.
    name: 'a pin that reads what an earlier pin deleted is named at export',
    build: async (store) => {
      await kmsObject(store);
      await uploadInProgress(store);
      store.setState({
        pins: [pinOf({ operation: 'DeleteObject' }, 204), pinOf({ operation: 'GetObject' }, 200)],
      });
    },
    holds: [true, true],
    passes: [true, false],
    named: ['GetObject a.txt: 200'],
  },
  {
    // Every part but the last at least 5 MiB (S3 User Guide, multipart upload limits), so the
    // upload completes (200) and its object reads back; the 5 MiB part is written compactly.
    name: 'a GetObject of an object uploaded in a 5 MiB part of generated bytes and a last small part passes',
    build: async (store) => {
      expect(await send(store, { operation: 'CreateMultipartUpload', key: 'big.bin' })).toBe(200);
      const part = generatedBody(5);
      if (!part.ok) throw new Error(part.error);
      store.getState().setBodyFile(part.value);
      expect(await send(store, { operation: 'UploadPart' })).toBe(200);
      store.getState().setBodyFile(null);
      const query = { ...store.getState().draft.query, partNumber: '2' };
      expect(await send(store, { bodyText: 'the last part', query })).toBe(200);
      const { snapshot, draft } = store.getState();
      const parts = completePartsBody(snapshot, draft.bucket, draft.query.uploadId);
      expect(await send(store, { operation: 'CompleteMultipartUpload', bodyText: parts ?? '' })).toBe(200);
      expect(await send(store, { operation: 'GetObject' }, true)).toBe(200);
    },
    holds: [true],
    passes: [true],
    named: [],
    maxChars: 10_000,
  },
];

describe('exported pins', () => {
  it.each(cases)('$name', async ({ build, holds, passes, named, maxChars }) => {
    const store = await readyStore();
    await build(store);
    const report = await store.getState().exportPins();
    if (!report) throw new Error('nothing exported');
    expect(store.getState().pinCheck?.results.map((r) => r?.length === 0)).toEqual(holds);
    const passed = await runExported(report.text);
    expect(passed.slice(-passes.length)).toEqual(passes);
    expect(passed.slice(0, -passes.length).every(Boolean)).toBe(true);
    expect(report.problems.map((p) => p.label)).toEqual(named);
    expect(report.setupDiffers).toBeUndefined();
    if (maxChars !== undefined) expect(report.text.length).toBeLessThan(maxChars);
  });
});
