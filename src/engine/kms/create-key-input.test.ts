import { describe, expect, it } from 'vitest';
import type { JsonObject, Outcome, RequestInput } from '../types.ts';
import { createKeyInput, setupKeyOfCreateKey } from './create-key-input.ts';

const KEY_ID = '0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
};

const answered = (status: number, body: Outcome['response']['body']): Outcome => ({
  response: { status, headers: {}, body },
  trace: [],
  kmsEvents: [],
});
const created = answered(200, {
  KeyMetadata: { KeyId: KEY_ID, Arn: `arn:aws:kms:us-east-1:111122223333:key/${KEY_ID}` },
});
const createKey = (body: JsonObject): RequestInput => ({ operation: 'kms:CreateKey', body });

describe('createKeyInput', () => {
  it.each<{ body: JsonObject; input: object }>([
    { body: {}, input: {} },
    { body: { KeyId: '' }, input: {} },
    { body: { KeyId: KEY_ID, Description: 'd' }, input: { KeyId: KEY_ID, Description: 'd' } },
    { body: { Alias: 'mine', Policy: '{"a":1}' }, input: { Alias: 'mine', Policy: '{"a":1}' } },
    { body: { Policy: 7, Alias: false, Tags: [] }, input: {} },
  ])('reads $body as $input', ({ body, input }) => {
    expect(createKeyInput(body)).toEqual(input);
  });
});

describe('setupKeyOfCreateKey', () => {
  it.each<{ what: string; body: JsonObject; key: object }>([
    { what: 'a bare key', body: {}, key: { id: KEY_ID } },
    {
      what: 'an alias written without its prefix',
      body: { Alias: 'mine' },
      key: { id: KEY_ID, alias: 'alias/mine' },
    },
    {
      what: 'an alias with its prefix',
      body: { Alias: 'alias/mine' },
      key: { id: KEY_ID, alias: 'alias/mine' },
    },
    { what: 'a key policy as an object', body: { Policy: POLICY }, key: { id: KEY_ID, policy: POLICY } },
    {
      what: 'a key policy as JSON text, as the AWS CLI sends it',
      body: { Policy: JSON.stringify(POLICY) },
      key: { id: KEY_ID, policy: POLICY },
    },
  ])('makes the set-up key of $what, under the id KMS answered', ({ body, key }) => {
    expect(setupKeyOfCreateKey(createKey(body), created)).toEqual(key);
  });

  it.each([
    {
      what: 'a refused CreateKey',
      request: createKey({}),
      outcome: answered(400, { __type: 'ValidationException' }),
    },
    { what: 'an answer without KeyMetadata', request: createKey({}), outcome: answered(200, {}) },
    {
      what: 'another KMS call',
      request: { operation: 'kms:DisableKey', body: { KeyId: KEY_ID } } as RequestInput,
      outcome: created,
    },
  ])('makes none for $what', ({ request, outcome }) => {
    expect(setupKeyOfCreateKey(request, outcome)).toBeUndefined();
  });
});
