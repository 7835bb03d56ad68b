/** A step's `expect` (docs/scenario-format.md, "Expect"). */

import { isJsonObject } from '../../json.ts';
import type { JsonValue } from '../../types.ts';
import { EXPECT_FIELDS } from '../fields.ts';
import { memberPath } from '../json-path.ts';
import { PLACEHOLDER } from '../placeholders.ts';
import type { BodyExpectation, Expect, HeaderExpectation } from '../types.ts';
import { dataBody } from './body.ts';
import type { Check } from './check.ts';

/** `Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm`: names and [index] steps. */
export const BODY_PATH = /^(?:[^.[\]]+|\[[0-9]+\])(?:\.[^.[\]]+|\[[0-9]+\])*$/;

export function expectation(check: Check, value: JsonValue, path: string): Expect | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, EXPECT_FIELDS);
  if (Object.keys(input).length === 0) {
    check.fail(path, 'names nothing to check; leave "expect" out to run the step without checking it');
    return undefined;
  }
  const result: Expect = {};
  // 0 is "no HTTP answer": the connection was refused before any HTTP (a TLS 1.0 handshake).
  const status = input.status === 0 ? 0 : check.integer(input, path, 'status', 100, 599);
  if (status !== undefined) result.status = status;
  const code = check.string(input, path, 'errorCode', { nonEmpty: true });
  if (code !== undefined) result.errorCode = code;
  const message = check.string(input, path, 'errorMessage');
  if (message !== undefined) result.errorMessage = message;
  const fields = check.stringMap(input, path, 'errorFields');
  if (fields !== undefined) result.errorFields = fields;
  if (input.headers !== undefined) {
    const headers = headerExpectations(check, input.headers, memberPath(path, 'headers'));
    if (headers !== undefined) result.headers = headers;
  }
  const absent = check.array(input, path, 'headersAbsent', (item, at) =>
    typeof item === 'string' && item !== '' ? item : check.wrongType(at, 'a header name', item),
  );
  if (absent !== undefined) result.headersAbsent = absent;
  if (input.body !== undefined) {
    const body = bodyExpectation(check, input.body, memberPath(path, 'body'));
    if (body !== undefined) result.body = body;
  }
  return result;
}

function headerExpectations(
  check: Check,
  value: JsonValue,
  path: string,
): Record<string, HeaderExpectation> | undefined {
  const input = check.object(value, path, 'an object of header names to values');
  if (input === undefined) return undefined;
  const result: Record<string, HeaderExpectation> = {};
  for (const [name, expected] of Object.entries(input)) {
    const at = memberPath(path, name);
    if (typeof expected === 'string') {
      result[name] = expected;
      continue;
    }
    const pattern = check.object(expected, at, 'a string or {"matches": "regex"}');
    if (pattern === undefined) continue;
    check.known(pattern, at, ['matches']);
    if (!check.required(pattern, at, 'matches')) continue;
    const source = check.string(pattern, at, 'matches');
    if (source === undefined) continue;
    const problem = regexProblem(source.replace(PLACEHOLDER, 'x'));
    if (problem === undefined) result[name] = { matches: source };
    else check.fail(memberPath(at, 'matches'), `is not a valid regular expression: ${problem}`);
  }
  return result;
}

function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function bodyExpectation(check: Check, value: JsonValue, path: string): BodyExpectation | undefined {
  if (typeof value === 'string') return value;
  if (!isJsonObject(value))
    return check.wrongType(path, 'a string, {"repeat", "times"}, {"base64"} or a map of paths', value);
  if (value.repeat !== undefined || value.times !== undefined || value.base64 !== undefined) {
    return dataBody(check, value, path) as BodyExpectation | undefined;
  }
  if (Object.keys(value).length === 0) {
    check.fail(path, 'names no path; give bytes or at least one "Path.To[0].Member": value');
    return undefined;
  }
  const paths: Record<string, JsonValue> = {};
  for (const [name, expected] of Object.entries(value)) {
    if (BODY_PATH.test(name)) paths[name] = expected;
    else
      check.fail(
        memberPath(path, name),
        'is not a path like Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm',
      );
  }
  return { paths };
}
