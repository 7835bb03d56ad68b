/** The scenario `setup` (docs/scenario-format.md, "Setup"): every field typed, nothing unknown. */

import type {
  JsonValue,
  KeyState,
  KmsKeySetup,
  ObjectSetup,
  OtherBucketSetup,
  PrincipalSetup,
  Setup,
} from '../../types.ts';
import {
  KMS_KEY_FIELDS,
  OBJECT_FIELDS,
  OTHER_BUCKET_FIELDS,
  PRINCIPAL_FIELDS,
  SETUP_FIELDS,
} from '../fields.ts';
import { memberPath } from '../json-path.ts';
import { dataBody } from './body.ts';
import type { Check } from './check.ts';
import { encryptionConfiguration, policyDocument, publicAccessBlock } from './encryption.ts';

export const ACCOUNT = { pattern: /^[0-9]{12}$/, patternText: '12 digits' };
const KEY_ID = {
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  patternText: 'a key id (a lower-case UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab)',
};
const ALIAS = {
  pattern: /^alias\/[a-zA-Z0-9/_-]+$/,
  patternText: 'alias/ followed by letters, digits, /, _ or -',
};
const IAM_ARN = {
  pattern:
    /^arn:aws:(iam::[0-9]{12}:(root|user\/.+|role\/.+)|sts::[0-9]{12}:assumed-role\/.+\/.+|iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+)$/,
  patternText:
    'an IAM ARN (arn:aws:iam::<12 digits>:root, :user/name, :role/name, arn:aws:sts::…:assumed-role/role/session, or a CloudFront origin access identity)',
};
const KEY_STATES: readonly KeyState[] = ['Enabled', 'Disabled', 'PendingDeletion'];
const VERSIONING = ['Enabled', 'Suspended'] as const;
const NAME = { nonEmpty: true };

export function setup(check: Check, value: JsonValue, path: string): Setup | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, SETUP_FIELDS);
  const result: Setup = {};
  assign(result, 'account', check.string(input, path, 'account', ACCOUNT));
  assign(result, 'region', check.string(input, path, 'region', NAME));
  assign(result, 'bucket', check.string(input, path, 'bucket', NAME));
  const at = (name: string) => memberPath(path, name);
  if (input.bucketEncryption !== undefined) {
    assign(
      result,
      'bucketEncryption',
      encryptionConfiguration(check, input.bucketEncryption, at('bucketEncryption')),
    );
  }
  assign(
    result,
    'versioning',
    check.string(input, path, 'versioning', { oneOf: VERSIONING }) as Setup['versioning'],
  );
  if (input.publicAccessBlock !== undefined) {
    assign(
      result,
      'publicAccessBlock',
      publicAccessBlock(check, input.publicAccessBlock, at('publicAccessBlock')),
    );
  }
  if (input.policy !== undefined) assign(result, 'policy', policyDocument(check, input.policy, at('policy')));
  assign(
    result,
    'kmsKeys',
    check.array(input, path, 'kmsKeys', (item, itemAt) => kmsKey(check, item, itemAt)),
  );
  const quota = input.kmsRequestsPerSecond;
  if (quota !== undefined && (typeof quota !== 'number' || !(quota > 0) || !Number.isFinite(quota))) {
    check.fail(at('kmsRequestsPerSecond'), `must be a positive number, not ${JSON.stringify(quota)}`);
  } else if (typeof quota === 'number') {
    result.kmsRequestsPerSecond = quota;
  }
  assign(
    result,
    'objects',
    check.array(input, path, 'objects', (item, itemAt) => object(check, item, itemAt)),
  );
  assign(
    result,
    'principals',
    check.array(input, path, 'principals', (item, itemAt) => principal(check, item, itemAt)),
  );
  assign(
    result,
    'otherBuckets',
    check.array(input, path, 'otherBuckets', (item, itemAt) => otherBucket(check, item, itemAt)),
  );
  uniqueKeyIds(check, result.kmsKeys ?? [], at('kmsKeys'));
  return result;
}

/** Copies a checked value onto the result only when it is there (exactOptionalPropertyTypes-safe). */
function assign<T extends object, K extends keyof T>(target: T, name: K, value: T[K] | undefined): void {
  if (value !== undefined) target[name] = value;
}

function kmsKey(check: Check, value: JsonValue, path: string): KmsKeySetup | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, KMS_KEY_FIELDS);
  check.required(input, path, 'id');
  const id = check.string(input, path, 'id', KEY_ID);
  if (id === undefined) return undefined;
  const result: KmsKeySetup = { id };
  assign(result, 'alias', check.string(input, path, 'alias', ALIAS));
  assign(result, 'region', check.string(input, path, 'region', NAME));
  assign(result, 'account', check.string(input, path, 'account', ACCOUNT));
  assign(result, 'state', check.string(input, path, 'state', { oneOf: KEY_STATES }) as KeyState | undefined);
  if (input.policy !== undefined)
    assign(result, 'policy', check.object(input.policy, memberPath(path, 'policy'), 'a key policy object'));
  return result;
}

function uniqueKeyIds(check: Check, keys: KmsKeySetup[], path: string): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key.id)) check.fail(`${path}[${index}].id`, `repeats the key id "${key.id}"`);
    seen.add(key.id);
  });
}

export function object(check: Check, value: JsonValue, path: string): ObjectSetup | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, OBJECT_FIELDS);
  check.required(input, path, 'key');
  const key = check.string(input, path, 'key', NAME);
  if (key === undefined) return undefined;
  const result: ObjectSetup = { key };
  if (input.body !== undefined) assign(result, 'body', dataBody(check, input.body, memberPath(path, 'body')));
  assign(result, 'headers', check.headerMap(input, path, 'headers'));
  return result;
}

function principal(check: Check, value: JsonValue, path: string): PrincipalSetup | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, PRINCIPAL_FIELDS);
  check.required(input, path, 'arn');
  const arn = check.string(input, path, 'arn', IAM_ARN);
  if (arn === undefined) return undefined;
  const result: PrincipalSetup = { arn };
  if (input.policy !== undefined)
    assign(result, 'policy', policyDocument(check, input.policy, memberPath(path, 'policy')));
  return result;
}

function otherBucket(check: Check, value: JsonValue, path: string): OtherBucketSetup | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, OTHER_BUCKET_FIELDS);
  check.required(input, path, 'name');
  const name = check.string(input, path, 'name', NAME);
  if (name === undefined) return undefined;
  const result: OtherBucketSetup = { name };
  assign(result, 'account', check.string(input, path, 'account', ACCOUNT));
  if (input.bucketEncryption !== undefined) {
    assign(
      result,
      'bucketEncryption',
      encryptionConfiguration(check, input.bucketEncryption, memberPath(path, 'bucketEncryption')),
    );
  }
  assign(
    result,
    'versioning',
    check.string(input, path, 'versioning', { oneOf: VERSIONING }) as OtherBucketSetup['versioning'],
  );
  if (input.policy !== undefined)
    assign(result, 'policy', policyDocument(check, input.policy, memberPath(path, 'policy')));
  assign(
    result,
    'objects',
    check.array(input, path, 'objects', (item, itemAt) => object(check, item, itemAt)),
  );
  return result;
}
