/** A step's `request` (docs/scenario-format.md, "Request"). */

import { checkVpcEndpoint } from '../../network/vpc-endpoint.ts';
import { operationInfo } from '../../s3/operation-catalog.ts';
import {
  AUTH_TYPES,
  type AuthType,
  type JsonValue,
  OPERATIONS,
  type Operation,
  type SignatureKind,
} from '../../types.ts';
import { REQUEST_FIELDS } from '../fields.ts';
import { memberPath } from '../json-path.ts';
import type { ScenarioRequest } from '../types.ts';
import { dataBody, jsonInputBody } from './body.ts';
import type { Check } from './check.ts';

const SIGNATURES: readonly SignatureKind[] = ['SigV4', 'SigV2', 'anonymous'];

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
    const kind = operationInfo(operation).body;
    if (kind !== 'none') {
      const body = kind === 'bytes' ? dataBody(check, input.body, at) : jsonInputBody(check, input.body, at);
      if (body !== undefined) result.body = body;
    } else {
      check.fail(at, `is not allowed: ${operation} takes no body`);
    }
  }
  authentication(check, input, path, result);
  const sourceArn = check.string(input, path, 'sourceArn', {
    pattern: /^arn:aws[a-z-]*:[a-z0-9-]+:/,
    patternText: 'an ARN',
  });
  if (sourceArn !== undefined) result.sourceArn = sourceArn;
  const sourceAccount = check.string(input, path, 'sourceAccount', {
    pattern: /^\d{12}$/,
    patternText: '12 digits',
  });
  if (sourceAccount !== undefined) result.sourceAccount = sourceAccount;
  if (input.vpcEndpoint !== undefined) {
    const endpoint = checkVpcEndpoint(input.vpcEndpoint);
    if (endpoint.ok) result.vpcEndpoint = endpoint.value;
    else {
      const at = memberPath(path, 'vpcEndpoint');
      check.fail(endpoint.error.field === 'vpcId' ? memberPath(at, 'vpcId') : at, endpoint.error.message);
    }
  }
  return result;
}

/** `authType`, `expiresSeconds`, `signatureAgeMs`, `postPolicy` (format version 2). */
function authentication(
  check: Check,
  input: Record<string, JsonValue>,
  path: string,
  result: ScenarioRequest,
): void {
  const authType = check.string(input, path, 'authType', { oneOf: AUTH_TYPES });
  if (authType !== undefined) result.authType = authType as AuthType;
  const expires = check.integer(input, path, 'expiresSeconds', 1);
  if (expires !== undefined) result.expiresSeconds = expires;
  const age = check.integer(input, path, 'signatureAgeMs', 0);
  if (age !== undefined) result.signatureAgeMs = age;
  if (input.postPolicy !== undefined) {
    const policy = check.object(input.postPolicy, memberPath(path, 'postPolicy'), 'a POST policy object');
    if (policy !== undefined) result.postPolicy = policy;
  }
  if (expires !== undefined && authType !== 'REST-QUERY-STRING')
    check.fail(memberPath(path, 'expiresSeconds'), 'applies only to "authType": "REST-QUERY-STRING"');
  if (input.postPolicy !== undefined && authType !== 'POST')
    check.fail(memberPath(path, 'postPolicy'), 'applies only to "authType": "POST"');
  if (authType === 'POST' && result.operation !== 'PutObject')
    check.fail(memberPath(path, 'authType'), 'POST uploads an object: use it with "operation": "PutObject"');
}
