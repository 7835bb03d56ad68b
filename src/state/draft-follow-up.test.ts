import { describe, expect, it } from 'vitest';
import type { Outcome, RequestInput } from '../engine/index.ts';
import { draftAfterAnswer } from './draft-follow-up.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';

const answer = (status: number, body?: Outcome['response']['body']): Outcome => ({
  response: { status, headers: {}, ...(body === undefined ? {} : { body }) },
  trace: [],
  kmsEvents: [],
});
const create: RequestInput = { operation: 'CreateMultipartUpload', key: 'video.mp4' };

const cases: {
  name: string;
  request: RequestInput;
  outcome: Outcome;
  partNumber: string;
  query: RequestInput['query'] | null;
}[] = [
  {
    name: 'a started upload fills its UploadId and part 1 for UploadPart',
    request: create,
    outcome: answer(200, { Bucket: 'test-bucket', Key: 'video.mp4', UploadId: 'up-1' }),
    partNumber: '',
    query: { versionId: '', uploadId: 'up-1', partNumber: '1' },
  },
  {
    name: 'a part number the user chose is kept',
    request: create,
    outcome: answer(200, { UploadId: 'up-2' }),
    partNumber: '3',
    query: { versionId: '', uploadId: 'up-2', partNumber: '3' },
  },
  {
    name: 'a refused CreateMultipartUpload changes nothing',
    request: create,
    outcome: answer(403),
    partNumber: '',
    query: null,
  },
  {
    name: 'a completed upload clears its UploadId and part number',
    request: { operation: 'CompleteMultipartUpload', key: 'video.mp4', query: { uploadId: 'up-1' } },
    outcome: answer(200, { Key: 'video.mp4' }),
    partNumber: '2',
    query: { versionId: '', uploadId: '', partNumber: '' },
  },
  {
    name: 'a refused CompleteMultipartUpload keeps them for a retry',
    request: { operation: 'CompleteMultipartUpload', key: 'video.mp4' },
    outcome: answer(400),
    partNumber: '2',
    query: null,
  },
  {
    name: 'other operations change nothing',
    request: { operation: 'PutObject', key: 'a.txt' },
    outcome: answer(200, { UploadId: 'not-an-upload' }),
    partNumber: '',
    query: null,
  },
];

describe('draftAfterAnswer', () => {
  it.each(cases)('$name', ({ request, outcome, partNumber, query }) => {
    const draft = { ...DEFAULT_DRAFT, query: { ...DEFAULT_DRAFT.query, partNumber } };
    const patch = draftAfterAnswer(draft, request, outcome);
    expect(patch === null ? null : patch.query).toEqual(query);
  });
});
