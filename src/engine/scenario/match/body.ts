/**
 * `body`: the exact bytes of an object read (text, `{repeat,times}`, `{base64}`), or a path map
 * over a JSON answer where `null` means the member is absent.
 */
import { bodyToBytes } from '../../body.ts';
import { toHex } from '../../crypto/bytes.ts';
import { isObjectData, leadingBytes } from '../../crypto/chunked-bytes.ts';
import type { JsonValue, Operation, S3Response } from '../../types.ts';
import type { BodyExpectation, Mismatch } from '../types.ts';
import { answerRoot, sameJson, valueAt } from './json-answer.ts';
import { mismatch, show } from './mismatch.ts';

export function matchBody(expected: BodyExpectation, operation: Operation, response: S3Response): Mismatch[] {
  const body = response.body;
  if (typeof expected === 'object' && 'paths' in expected) {
    if (body === undefined || isObjectData(body)) {
      return [
        mismatch(
          'body',
          'a JSON answer',
          body === undefined ? 'no body' : `${body.length} bytes of object data`,
        ),
      ];
    }
    const root = answerRoot(operation, body);
    return Object.entries(expected.paths).flatMap(([path, value]) => matchPath(root, path, value));
  }
  const want = bodyToBytes(expected);
  if (!isObjectData(body)) {
    return [
      mismatch(
        'body',
        describeExpected(expected, want),
        body === undefined ? 'no body' : `a JSON answer ${show(body)}`,
      ),
    ];
  }
  // A scenario's expected body is small; a large read's segments are joined only to compare.
  const got = leadingBytes(body);
  return sameBytes(want, got)
    ? []
    : [mismatch('body', describeExpected(expected, want), describeBytes(got, want))];
}

function matchPath(root: JsonValue | undefined, path: string, expected: JsonValue): Mismatch[] {
  const actual = valueAt(root, path);
  // null in the file means "absent"; an absent member and a null one read the same in the CLI output.
  if (expected === null)
    return actual === undefined || actual === null ? [] : [mismatch(`body.${path}`, 'absent', show(actual))];
  return sameJson(expected, actual) ? [] : [mismatch(`body.${path}`, show(expected), show(actual))];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function describeExpected(expected: Exclude<BodyExpectation, { paths: unknown }>, bytes: Uint8Array): string {
  if (typeof expected === 'string') return show(expected);
  if ('repeat' in expected) return `${show(expected.repeat)} × ${expected.times} (${bytes.length} bytes)`;
  return `${bytes.length} bytes of base64 ${show(expected.base64)}`;
}

/** Readable text when the bytes are short UTF-8, else the size and where they first differ. */
function describeBytes(bytes: Uint8Array, want: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 201));
  const printable = bytes.length <= 200 && !text.includes('\uFFFD') && !bytes.some(isControlByte);
  if (printable) return show(text);
  const firstDifference = bytes.findIndex((byte, i) => byte !== want[i]);
  const where = firstDifference === -1 ? '' : `, first differing at byte ${firstDifference}`;
  return `${bytes.length} bytes (starting ${toHex(bytes.subarray(0, 16))}${where})`;
}

/** Control characters other than tab, line feed and carriage return make text unreadable in a report. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
}
