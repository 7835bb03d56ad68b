import { describe, expect, it } from 'vitest';
import { answerValues, type PlaceholderValues, readPlaceholder, substitute } from './placeholders.ts';

const values: PlaceholderValues = {
  uploadId: 'latest',
  versionIds: [],
  uploadIds: ['first', undefined, 'second'],
  etags: [undefined, '"abc"'],
  awsManagedKeyArn: () => 'arn',
  keyArn: () => undefined,
};

describe('numbered upload ids and ETags (docs/scenario-format.md, "Request")', () => {
  it.each([
    ['{{uploadId:0}}', 'first'],
    ['{{uploadId:2}}', 'second'],
    ['{{uploadId}}', 'latest'],
    ['{{etag:1}}', '"abc"'],
  ])('%s is %s', (text, expected) => {
    const problems: string[] = [];
    expect(substitute(text, values, problems)).toBe(expected);
    expect(problems).toEqual([]);
  });

  it('says which step gave no ETag', () => {
    const problems: string[] = [];
    substitute('{{etag:0}}', values, problems);
    expect(problems).toEqual(['{{etag:0}} has no value: step 0 returned no ETag']);
  });

  it('reads the numbered forms and nothing looser', () => {
    expect(readPlaceholder('etag:3')).toEqual({ kind: 'etag', step: 3 });
    expect(readPlaceholder('uploadId:1')).toEqual({ kind: 'uploadIdOf', step: 1 });
    expect(readPlaceholder('etag:x')).toBeUndefined();
  });
});

describe('answerValues', () => {
  it.each<{
    name: string;
    operation: string;
    response: { status: number; headers: Record<string, string>; body?: unknown };
    etag: string | undefined;
  }>([
    {
      name: 'UploadPart gives its ETag header',
      operation: 'UploadPart',
      response: { status: 200, headers: { etag: '"p1"' } },
      etag: '"p1"',
    },
    {
      name: 'UploadPartCopy gives the ETag of its CopyPartResult',
      operation: 'UploadPartCopy',
      response: { status: 200, headers: {}, body: { CopyPartResult: { ETag: '"c1"' } } },
      etag: '"c1"',
    },
    {
      name: 'CompleteMultipartUpload gives the ETag in its body',
      operation: 'CompleteMultipartUpload',
      response: { status: 200, headers: {}, body: { ETag: '"m-2"' } },
      etag: '"m-2"',
    },
    {
      name: 'a 304 gives none',
      operation: 'GetObject',
      response: { status: 304, headers: { etag: '"x"' } },
      etag: undefined,
    },
  ])('$name', ({ operation, response, etag }) => {
    expect(answerValues(operation, response).etag).toBe(etag);
  });

  it('takes the UploadId of a successful CreateMultipartUpload only', () => {
    const body = { UploadId: 'u' };
    expect(answerValues('CreateMultipartUpload', { status: 200, headers: {}, body }).uploadId).toBe('u');
    expect(answerValues('ListParts', { status: 200, headers: {}, body }).uploadId).toBeUndefined();
  });
});
