/**
 * Which query fields survive a change of operation. Sources: the S3 API reference, "URI Request
 * Parameters" of each API: UploadPart `partNumber` and `uploadId` (both required);
 * CompleteMultipartUpload and ListParts `uploadId` (ListParts pages with `part-number-marker`, not
 * `partNumber`); GetObject and HeadObject `versionId` and `partNumber`; DeleteObject `versionId`;
 * PutObject and CreateMultipartUpload none of these.
 */
import { describe, expect, it } from 'vitest';
import type { Operation } from '../engine/index.ts';
import { queryTakenBy } from './draft-query.ts';
import { testStore } from './testing/test-store.ts';

const upload = { versionId: '', uploadId: 'u-1', partNumber: '2' };
const version = { versionId: 'v-1', uploadId: '', partNumber: '' };

const part = { versionId: '', uploadId: '', partNumber: '3' };

describe('queryTakenBy', () => {
  it.each<[Operation, Operation, typeof upload, typeof upload]>([
    ['UploadPart', 'CompleteMultipartUpload', upload, { versionId: '', uploadId: 'u-1', partNumber: '' }],
    ['UploadPart', 'ListParts', upload, { versionId: '', uploadId: 'u-1', partNumber: '' }],
    ['UploadPart', 'AbortMultipartUpload', upload, { versionId: '', uploadId: 'u-1', partNumber: '' }],
    ['UploadPartCopy', 'UploadPart', upload, upload],
    // The part being written is not a part to read: GetObject would answer 206 with only that part.
    ['UploadPart', 'GetObject', upload, { versionId: '', uploadId: '', partNumber: '' }],
    ['GetObject', 'HeadObject', part, part],
    ['HeadObject', 'GetObject', version, version],
    ['GetObject', 'DeleteObject', version, version],
    ['GetObject', 'PutObject', version, { versionId: '', uploadId: '', partNumber: '' }],
    ['UploadPart', 'PutBucketPolicy', upload, { versionId: '', uploadId: '', partNumber: '' }],
  ])('from %s, a %s keeps of %j only %j', (from, to, query, kept) => {
    expect(queryTakenBy(from, to, query)).toEqual(kept);
  });

  it("drops an UploadPart's partNumber when the builder switches to CompleteMultipartUpload", () => {
    const store = testStore();
    store.getState().setDraft({ operation: 'UploadPart', query: upload });
    store.getState().setDraft({ operation: 'CompleteMultipartUpload' });
    expect(store.getState().draft.query).toEqual({ versionId: '', uploadId: 'u-1', partNumber: '' });
  });
});
