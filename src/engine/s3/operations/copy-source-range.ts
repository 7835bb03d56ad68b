/**
 * `x-amz-copy-source-range` of UploadPartCopy, checked against the source's size before anything is
 * decrypted. S3 is strict here, unlike with GetObject's Range (which it ignores when unreadable):
 * exactly `bytes=first-last`, both given, first <= last. Answers recorded against AWS in LocalStack
 * tests/aws/services/s3/test_s3_api.snapshot.json, `TestS3Multipart::test_upload_part_copy_range`:
 * a malformed value (`0-8`, `bytes=1-0`, `bytes=-1-`, `bytes=0--1`, `bytes=0-1,3-4,7-9`,
 * `bytes=-`, `bytes=-0`, `bytes=1-`, `bytes=-2`) is 400 InvalidArgument with the form message; a
 * first byte past the end (`bytes=100-200` of 10 bytes) is 400 InvalidRequest; a last byte past the
 * end (`bytes=0-100`) is 400 InvalidArgument naming the source size.
 */
import { failure, type S3Failure } from '../failure.ts';
import { H } from '../header-bag.ts';

export type CopyRange = { kind: 'whole' } | { kind: 'range'; start: number; end: number };

export type CopyRangeRead = CopyRange | { kind: 'refused'; failure: S3Failure; why: string };

const FORM =
  'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy';

const argument = (value: string) => ({ ArgumentName: H.copySourceRange, ArgumentValue: value });

export function readCopySourceRange(header: string | undefined, size: number): CopyRangeRead {
  if (header === undefined) return { kind: 'whole' };
  const match = /^bytes=(\d+)-(\d+)$/.exec(header);
  const start = Number(match?.[1]);
  const end = Number(match?.[2]);
  if (!match || start > end) {
    return {
      kind: 'refused',
      failure: failure(400, 'InvalidArgument', FORM, argument(header)),
      why: `x-amz-copy-source-range is "${header}", which is not bytes=first-last with first <= last.`,
    };
  }
  if (start > size - 1) {
    return {
      kind: 'refused',
      failure: failure(
        400,
        'InvalidRequest',
        'The specified copy range is invalid for the source object size',
      ),
      why: `The range starts at byte ${start}, past the end of the ${size}-byte source.`,
    };
  }
  if (end > size - 1) {
    return {
      kind: 'refused',
      failure: failure(
        400,
        'InvalidArgument',
        `Range specified is not valid for source object of size: ${size}`,
        argument(header),
      ),
      why: `The range ends at byte ${end}, past the last byte (${size - 1}) of the ${size}-byte source.`,
    };
  }
  return { kind: 'range', start, end };
}
