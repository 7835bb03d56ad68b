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

describe('queryTakenBy', () => {
  it.each<[Operation, typeof upload, typeof upload]>([
    ['CompleteMultipartUpload', upload, { versionId: '', uploadId: 'u-1', partNumber: '' }],
    ['ListParts', upload, { versionId: '', uploadId: 'u-1', partNumber: '' }],
    ['AbortMultipartUpload', upload, { versionId: '', uploadId: 'u-1', partNumber: '' }],
    ['UploadPart', upload, upload],
    ['GetObject', upload, { versionId: '', uploadId: '', partNumber: '2' }],
    ['GetObject', version, version],
    ['DeleteObject', version, version],
    ['PutObject', version, { versionId: '', uploadId: '', partNumber: '' }],
    ['PutBucketPolicy', upload, { versionId: '', uploadId: '', partNumber: '' }],
  ])('a %s keeps of %j only %j', (operation, query, kept) => {
    expect(queryTakenBy(operation, query)).toEqual(kept);
  });

  it("drops an UploadPart's partNumber when the builder switches to CompleteMultipartUpload", () => {
    const store = testStore();
    store.getState().setDraft({ operation: 'UploadPart', query: upload });
    store.getState().setDraft({ operation: 'CompleteMultipartUpload' });
    expect(store.getState().draft.query).toEqual({ versionId: '', uploadId: 'u-1', partNumber: '' });
  });
});
