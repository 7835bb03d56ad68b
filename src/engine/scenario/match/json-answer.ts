/**
 * Path maps against JSON answers. Paths are rooted inside the AWS CLI output's single top-level
 * member (docs/scenario-format.md, "Expect"): `Rules[0]...` inside `ServerSideEncryptionConfiguration`,
 * `KeyManager` inside `KeyMetadata`. GetBucketPolicy's member `Policy` is a JSON document held as a
 * string, so paths go inside that policy text. Outputs with several top-level members
 * (GetObjectAttributes, CreateMultipartUpload, ...) are their own root.
 */

import { isJsonObject } from '../../json.ts';
import { operationInfo } from '../../s3/operation-catalog.ts';
import type { JsonValue, Operation } from '../../types.ts';
import { readJson } from '../json-reader.ts';

export function answerRoot(operation: Operation, body: JsonValue): JsonValue | undefined {
  const wrapper = operationInfo(operation).cliOutputMember;
  if (wrapper === undefined) return body;
  if (!isJsonObject(body)) return undefined;
  const inner = body[wrapper];
  if (typeof inner !== 'string') return inner;
  const parsed = readJson(inner);
  return parsed.ok ? parsed.value.value : inner;
}

/** The value at `Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm`, or undefined. */
export function valueAt(root: JsonValue | undefined, path: string): JsonValue | undefined {
  let current = root;
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[([0-9]+)\]/g)) {
    if (current === undefined || current === null || typeof current !== 'object') return undefined;
    if (index !== undefined) current = Array.isArray(current) ? current[Number(index)] : undefined;
    else if (name !== undefined) current = Array.isArray(current) ? undefined : current[name];
  }
  return current;
}

export function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameJson(item, b[i]))
    );
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
  );
}
