/**
 * Request and set-up bodies. Object data is UTF-8 text, `{"repeat": s, "times": n}` or
 * `{"base64": s}`; bucket-level and KMS operations take their AWS CLI JSON input (an object), or
 * raw text (a policy document exactly as sent). The JSON input's content is not checked here:
 * what S3 answers to a malformed configuration is part of what scenarios test.
 */
import { isJsonObject } from '../../json.ts';
import type { BodySpec, JsonValue } from '../../types.ts';
import { memberPath } from '../json-path.ts';
import { type Check, kindOf } from './check.ts';

/** A simulator limit (not an S3 rule): bodies are built in memory. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

/**
 * Standard padded base64, checked in linear time: a regex of repeated 4-character groups
 * overflows the stack on the megabytes of a saved multipart part (at least 5 MiB, S3's minimum).
 */
const isStandardBase64 = (text: string) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);

/** Object bytes: text, a repeated string or base64. */
export function dataBody(check: Check, value: JsonValue, path: string): BodySpec | undefined {
  if (typeof value === 'string') return value;
  if (!isJsonObject(value))
    return check.wrongType(path, 'a string, {"repeat", "times"} or {"base64"}', value);
  if (value.base64 !== undefined) {
    check.known(value, path, ['base64']);
    const text = check.string(value, path, 'base64');
    if (text === undefined) return undefined;
    if (!isStandardBase64(text)) {
      check.fail(memberPath(path, 'base64'), 'must be standard base64 (A-Z, a-z, 0-9, +, /, padded with =)');
      return undefined;
    }
    if ((text.length / 4) * 3 > MAX_BODY_BYTES + 2) {
      check.fail(memberPath(path, 'base64'), `decodes to more than ${MAX_BODY_BYTES} bytes`);
      return undefined;
    }
    return { base64: text };
  }
  if (value.repeat !== undefined || value.times !== undefined) {
    check.known(value, path, ['repeat', 'times']);
    const okRepeat = check.required(value, path, 'repeat');
    const okTimes = check.required(value, path, 'times');
    const repeat = check.string(value, path, 'repeat', { nonEmpty: true });
    const times = check.integer(value, path, 'times', 0);
    if (!okRepeat || !okTimes || repeat === undefined || times === undefined) return undefined;
    const size = new TextEncoder().encode(repeat).length * times;
    if (size > MAX_BODY_BYTES) {
      check.fail(
        memberPath(path, 'times'),
        `makes ${size} bytes; the simulator holds at most ${MAX_BODY_BYTES}`,
      );
      return undefined;
    }
    return { repeat, times };
  }
  check.fail(
    path,
    `must be a string, {"repeat", "times"} or {"base64"}, not ${kindOf(value)} with other fields`,
  );
  return undefined;
}

/** The JSON input of a bucket-level or KMS operation, or raw text. */
export function jsonInputBody(check: Check, value: JsonValue, path: string): BodySpec | undefined {
  if (typeof value === 'string' || isJsonObject(value)) return value;
  return check.wrongType(path, 'a JSON object (the AWS CLI input) or a string', value);
}
