/**
 * readCopySourceRange against the answers LocalStack recorded from AWS
 * (tests/aws/services/s3/test_s3_api.snapshot.json, TestS3Multipart::test_upload_part_copy_range,
 * a 10-byte source).
 */
import { describe, expect, it } from 'vitest';
import { readCopySourceRange } from './copy-source-range.ts';

const FORM =
  'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy';

describe('readCopySourceRange on a 10-byte source', () => {
  it.each([
    { header: 'bytes=0-8', read: { kind: 'range', start: 0, end: 8 } },
    { header: 'bytes=1-1', read: { kind: 'range', start: 1, end: 1 } },
    { header: 'bytes=0-0', read: { kind: 'range', start: 0, end: 0 } },
    { header: 'bytes=0-9', read: { kind: 'range', start: 0, end: 9 } },
  ])('reads $header as a range', ({ header, read }) => {
    expect(readCopySourceRange(header, 10)).toEqual(read);
  });

  it('copies the whole source without the header', () => {
    expect(readCopySourceRange(undefined, 10)).toEqual({ kind: 'whole' });
  });

  it.each([
    '0-8',
    'bytes=1-0',
    'bytes=-1-',
    'bytes=0--1',
    'bytes=0-1,3-4,7-9',
    'bytes=-',
    'bytes=-0',
    'bytes=1-',
    'bytes=-2',
    'bytes=-15',
  ])('refuses %s with the form message, naming the header and value', (header) => {
    const read = readCopySourceRange(header, 10);
    expect(read.kind === 'refused' && read.failure).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message: FORM,
      fields: { ArgumentName: 'x-amz-copy-source-range', ArgumentValue: header },
    });
  });

  it('refuses a range that ends past the source with the source size', () => {
    const read = readCopySourceRange('bytes=0-100', 10);
    expect(read.kind === 'refused' && read.failure).toMatchObject({
      code: 'InvalidArgument',
      message: 'Range specified is not valid for source object of size: 10',
      fields: { ArgumentName: 'x-amz-copy-source-range', ArgumentValue: 'bytes=0-100' },
    });
  });

  it('refuses a range that starts past the source as InvalidRequest, without fields', () => {
    const read = readCopySourceRange('bytes=100-200', 10);
    expect(read.kind === 'refused' && read.failure).toMatchObject({
      code: 'InvalidRequest',
      message: 'The specified copy range is invalid for the source object size',
      fields: {},
    });
  });
});
