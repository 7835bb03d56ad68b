/**
 * The `Range` header of GetObject and HeadObject. S3 serves one byte range per request
 * ("Amazon S3 doesn't support retrieving multiple ranges of data per GET request",
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html); a header it cannot read
 * is ignored and the whole object is sent, as HTTP says (RFC 9110 §14.2). A range that starts past
 * the end is 416 InvalidRange.
 */
export type RangeRead =
  | { kind: 'whole' }
  | { kind: 'range'; start: number; end: number }
  | { kind: 'unsatisfiable' };

const BYTE_RANGE = /^bytes=(\d*)-(\d*)$/;

export function readRange(header: string | undefined, size: number): RangeRead {
  const match = header === undefined ? null : BYTE_RANGE.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    // A suffix range: the last n bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end: Math.min(last === '' ? size - 1 : Number(last), size - 1) };
}
