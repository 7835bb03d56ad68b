/**
 * Set-up pieces shaped like AWS CLI inputs: the bucket encryption configuration
 * (`put-bucket-encryption --server-side-encryption-configuration`), Block Public Access
 * (`put-public-access-block --public-access-block-configuration`) and policies.
 * Types and enumerations only: whether S3 accepts the content is the world's call (a refusal
 * makes the scenario "broken", reported with S3's own answer).
 */

import { isJsonObject } from '../../json.ts';
import { isSseAlgorithm, SSE_ALGORITHMS } from '../../s3/sse-headers.ts';
import type {
  EncryptionConfiguration,
  EncryptionRule,
  JsonObject,
  JsonValue,
  PublicAccessBlockConfiguration,
} from '../../types.ts';
import {
  BY_DEFAULT_FIELDS,
  ENCRYPTION_CONFIGURATION_FIELDS,
  ENCRYPTION_RULE_FIELDS,
  PUBLIC_ACCESS_BLOCK_FIELDS,
} from '../fields.ts';
import { memberPath } from '../json-path.ts';
import { readJson } from '../json-reader.ts';
import type { Check } from './check.ts';

const BLOCKABLE_TYPES = ['SSE-C', 'NONE'] as const;

export function encryptionConfiguration(
  check: Check,
  value: JsonValue,
  path: string,
): EncryptionConfiguration | undefined {
  const config = check.object(value, path);
  if (config === undefined) return undefined;
  check.known(config, path, ENCRYPTION_CONFIGURATION_FIELDS);
  if (!check.required(config, path, 'Rules')) return undefined;
  const rules = check.array(config, path, 'Rules', (item, at) => rule(check, item, at));
  return rules === undefined ? undefined : { Rules: rules };
}

function rule(check: Check, value: JsonValue, path: string): EncryptionRule | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, ENCRYPTION_RULE_FIELDS);
  const result: EncryptionRule = {};
  const byDefault = input.ApplyServerSideEncryptionByDefault;
  if (byDefault !== undefined) {
    const at = memberPath(path, 'ApplyServerSideEncryptionByDefault');
    const object = check.object(byDefault, at);
    if (object !== undefined) {
      check.known(object, at, BY_DEFAULT_FIELDS);
      check.required(object, at, 'SSEAlgorithm');
      const algorithm = check.string(object, at, 'SSEAlgorithm', { oneOf: SSE_ALGORITHMS });
      const keyId = check.string(object, at, 'KMSMasterKeyID');
      if (isSseAlgorithm(algorithm)) {
        result.ApplyServerSideEncryptionByDefault = {
          SSEAlgorithm: algorithm,
          ...(keyId === undefined ? {} : { KMSMasterKeyID: keyId }),
        };
      }
    }
  }
  const bucketKey = check.boolean(input, path, 'BucketKeyEnabled');
  if (bucketKey !== undefined) result.BucketKeyEnabled = bucketKey;
  const blocked = input.BlockedEncryptionTypes;
  if (blocked !== undefined) {
    const at = memberPath(path, 'BlockedEncryptionTypes');
    const object = check.object(blocked, at);
    if (object !== undefined) {
      check.known(object, at, ['EncryptionType']);
      check.required(object, at, 'EncryptionType');
      const types = check.array(object, at, 'EncryptionType', (item, itemAt) =>
        typeof item === 'string' && (BLOCKABLE_TYPES as readonly string[]).includes(item)
          ? (item as (typeof BLOCKABLE_TYPES)[number])
          : check.wrongType(itemAt, '"SSE-C" or "NONE"', item),
      );
      if (types !== undefined) result.BlockedEncryptionTypes = { EncryptionType: types };
    }
  }
  return result;
}

export function publicAccessBlock(
  check: Check,
  value: JsonValue,
  path: string,
): PublicAccessBlockConfiguration | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, PUBLIC_ACCESS_BLOCK_FIELDS);
  const flags = PUBLIC_ACCESS_BLOCK_FIELDS.map((name) => {
    check.required(input, path, name);
    return check.boolean(input, path, name);
  });
  const [blockAcls, ignoreAcls, blockPolicy, restrict] = flags;
  if (
    blockAcls === undefined ||
    ignoreAcls === undefined ||
    blockPolicy === undefined ||
    restrict === undefined
  )
    return undefined;
  return {
    BlockPublicAcls: blockAcls,
    IgnorePublicAcls: ignoreAcls,
    BlockPublicPolicy: blockPolicy,
    RestrictPublicBuckets: restrict,
  };
}

/** A policy: an object, or a string that must itself be JSON (reported with its line and column). */
export function policyDocument(
  check: Check,
  value: JsonValue,
  path: string,
): JsonObject | string | undefined {
  if (isJsonObject(value)) return value;
  if (typeof value !== 'string') return check.wrongType(path, 'a policy object or a string of JSON', value);
  const parsed = readJson(value);
  if (!parsed.ok) {
    const { line, column } = parsed.error.position;
    check.fail(
      path,
      `is not valid JSON: ${parsed.error.message} at line ${line}, column ${column} of the policy`,
    );
    return undefined;
  }
  if (!isJsonObject(parsed.value.value)) return check.wrongType(path, 'a JSON object', parsed.value.value);
  return value;
}
