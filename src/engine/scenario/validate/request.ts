/** A step's `request` (docs/scenario-format.md, "Request"). */

import { type JsonValue, OPERATIONS, type Operation, type SignatureKind } from '../../types.ts';
import { REQUEST_FIELDS } from '../fields.ts';
import { memberPath } from '../json-path.ts';
import type { ScenarioRequest } from '../types.ts';
import { dataBody, jsonInputBody } from './body.ts';
import type { Check } from './check.ts';

const SIGNATURES: readonly SignatureKind[] = ['SigV4', 'SigV2', 'anonymous'];

/** Operations whose body is object data. */
const DATA_BODY: readonly Operation[] = ['PutObject', 'UploadPart'];
/** Operations whose body is their AWS CLI JSON input. */
const JSON_BODY: readonly Operation[] = [
  'CompleteMultipartUpload',
  'UpdateObjectEncryption',
  'PutBucketEncryption',
  'PutBucketPolicy',
  'PutBucketVersioning',
  'PutPublicAccessBlock',
  'kms:CreateKey',
  'kms:DisableKey',
  'kms:EnableKey',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:DescribeKey',
  'kms:PutKeyPolicy',
];

export function request(check: Check, value: JsonValue, path: string): ScenarioRequest | undefined {
  const input = check.object(value, path);
  if (input === undefined) return undefined;
  check.known(input, path, REQUEST_FIELDS);
  if (!check.required(input, path, 'operation')) return undefined;
  const operation = check.string(input, path, 'operation', { oneOf: OPERATIONS }) as Operation | undefined;
  if (operation === undefined) return undefined;
  const result: ScenarioRequest = { operation };
  const text = (name: 'bucket' | 'key' | 'tlsVersion' | 'principal' | 'sourceIp') => {
    const member = check.string(input, path, name, { nonEmpty: true });
    if (member !== undefined) result[name] = member;
  };
  text('bucket');
  text('key');
  text('tlsVersion');
  text('principal');
  text('sourceIp');
  const https = check.boolean(input, path, 'https');
  if (https !== undefined) result.https = https;
  const signature = check.string(input, path, 'signature', { oneOf: SIGNATURES });
  if (signature !== undefined) result.signature = signature as SignatureKind;
  const headers = check.headerMap(input, path, 'headers');
  if (headers !== undefined) result.headers = headers;
  const query = check.stringMap(input, path, 'query');
  if (query !== undefined) result.query = query;
  if (input.body !== undefined) {
    const at = memberPath(path, 'body');
    if (DATA_BODY.includes(operation) || JSON_BODY.includes(operation)) {
      const body = DATA_BODY.includes(operation)
        ? dataBody(check, input.body, at)
        : jsonInputBody(check, input.body, at);
      if (body !== undefined) result.body = body;
    } else {
      check.fail(at, `is not allowed: ${operation} takes no body`);
    }
  }
  return result;
}
