/**
 * Header validation through `send` (spec §4.3, §4.4, §5): each row is the request a user sends and
 * S3's recorded (or documented) answer.
 */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../types.ts';
import { K1, KEY_A, KEY_B, makeWorld, SSE_C_ALLOWED, sseC } from '../testing/world-fixture.ts';

const KEY_L1 = 'MTIzNDU2Nzg5MGFiY2RlZjEyMzQ1Njc4OTBhYmNkZWY=';
const MD5_L1 = 'JMwgiexXqwuPqIPjYFmIZQ==';
const DOUBLE44 = {
  key: 'TVRJek5EVTJOemc1TUdGaVkyUmxaakV5TXpRMU5qYzRPVEJoWW1Oa1pXWT0=',
  md5: 'vSxFCLoaKaicDC136YAwYQ==',
};
const put = (headers: Record<string, string>): RequestInput => ({
  operation: 'PutObject',
  key: 'k',
  headers,
  body: 'data',
});

interface Row {
  name: string;
  request: RequestInput;
  status: number;
  code?: string;
  message?: string;
  fields?: Record<string, string>;
}

const writeRows: Row[] = [
  {
    name: 'SSE-C plus x-amz-server-side-encryption AES256',
    request: put({ ...sseC(KEY_A), 'x-amz-server-side-encryption': 'AES256' }),
    status: 400,
    code: 'InvalidArgument',
    message:
      'Server Side Encryption with Customer provided key is incompatible with the encryption method specified',
    fields: { ArgumentName: 'x-amz-server-side-encryption', ArgumentValue: 'AES256' },
  },
  {
    name: 'SSE-C plus aws:kms with a key id',
    request: put({
      ...sseC(KEY_A),
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': K1,
    }),
    status: 400,
    code: 'InvalidArgument',
    message:
      'Server Side Encryption with Customer provided key is incompatible with the encryption method specified',
  },
  {
    name: 'SSE-C algorithm KMS',
    request: put({ ...sseC(KEY_A), 'x-amz-server-side-encryption-customer-algorithm': 'KMS' }),
    status: 400,
    code: 'InvalidEncryptionAlgorithmError',
    message: 'The Encryption request you specified is not valid. Supported value: AES256.',
    fields: { ArgumentName: 'x-amz-server-side-encryption', ArgumentValue: 'KMS' },
  },
  {
    name: 'SSE-C key and MD5 without algorithm',
    request: put({
      'x-amz-server-side-encryption-customer-key': KEY_L1,
      'x-amz-server-side-encryption-customer-key-MD5': MD5_L1,
    }),
    status: 400,
    code: 'InvalidArgument',
    message:
      'Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.',
  },
  {
    name: 'SSE-C algorithm and MD5 without key',
    request: put({
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key-MD5': MD5_L1,
    }),
    status: 400,
    code: 'InvalidArgument',
    message:
      'Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.',
  },
  {
    name: 'SSE-C algorithm and key without MD5',
    request: put({
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key': KEY_L1,
    }),
    status: 400,
    code: 'InvalidArgument',
    message:
      'Requests specifying Server Side Encryption with Customer provided keys must provide the client calculated MD5 of the secret key.',
  },
  {
    name: 'SSE-C 44-byte key with its MD5 on a write',
    request: put(sseC(DOUBLE44)),
    status: 400,
    code: 'InvalidArgument',
    message: 'The secret key was invalid for the specified algorithm.',
  },
  {
    name: 'SSE-C MD5 that does not match',
    request: put(sseC({ key: KEY_A.key, md5: KEY_B.md5 })),
    status: 400,
    code: 'InvalidArgument',
    message: 'The calculated MD5 hash of the key did not match the hash that was provided.',
  },
  {
    name: 'x-amz-server-side-encryption aes:kms',
    request: put({ 'x-amz-server-side-encryption': 'aes:kms' }),
    status: 400,
    code: 'InvalidArgument',
    message: 'The encryption method specified is not supported',
  },
  {
    name: 'a KMS key id without x-amz-server-side-encryption',
    request: put({ 'x-amz-server-side-encryption-aws-kms-key-id': K1 }),
    status: 400,
    code: 'InvalidArgument',
    message:
      'Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
  },
  {
    name: 'AES256 with a KMS key id',
    request: put({
      'x-amz-server-side-encryption': 'AES256',
      'x-amz-server-side-encryption-aws-kms-key-id': K1,
    }),
    status: 400,
    code: 'InvalidArgument',
  },
  {
    name: 'an encryption context that is not base64 JSON',
    request: put({
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-context': 'nope',
    }),
    status: 400,
    code: 'InvalidArgument',
  },
  {
    name: 'an expected bucket owner that is not an account id',
    request: { ...put({}), headers: { 'x-amz-expected-bucket-owner': 'invalid' } },
    status: 400,
    code: 'InvalidBucketOwnerAWSAccountID',
    message: 'The value of the expected bucket owner parameter must be an AWS Account ID... [invalid]',
  },
];

describe('header validation on writes (spec §4.3, §5)', () => {
  it.each(writeRows)('$name → $status $code', async ({ request, status, code, message, fields }) => {
    const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
    const { response } = await world.send(request);
    expect(response.status).toBe(status);
    if (code) expect(response.error?.code).toBe(code);
    if (message) expect(response.error?.message).toBe(message);
    if (fields) expect(response.error?.fields).toMatchObject(fields);
    expect(response.errorXml).toContain(`<Code>${code ?? response.error?.code}</Code>`);
  });
});

const readRows: Row[] = [
  {
    name: 'GET of an SSE-C object without headers',
    request: { operation: 'GetObject', key: 'ssec' },
    status: 400,
    code: 'InvalidRequest',
    message:
      'The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.',
  },
  {
    name: 'GET of an SSE-C object with another valid key',
    request: { operation: 'GetObject', key: 'ssec', headers: sseC(KEY_B) },
    status: 403,
    code: 'AccessDenied',
    message:
      'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.',
  },
  {
    name: 'GET with algorithm KMS',
    request: {
      operation: 'GetObject',
      key: 'ssec',
      headers: { ...sseC(KEY_A), 'x-amz-server-side-encryption-customer-algorithm': 'KMS' },
    },
    status: 400,
    code: 'InvalidEncryptionAlgorithmError',
  },
  {
    name: 'GET with the botocore 44-byte key',
    request: { operation: 'GetObject', key: 'ssec', headers: sseC(DOUBLE44) },
    status: 403,
    code: 'AccessDenied',
  },
  {
    name: 'GET of a plain object with SSE-C headers',
    request: { operation: 'GetObject', key: 'plain', headers: sseC(KEY_A) },
    status: 400,
    code: 'InvalidRequest',
    message: 'The encryption parameters are not applicable to this object.',
  },
  {
    name: 'GET with x-amz-server-side-encryption',
    request: { operation: 'GetObject', key: 'plain', headers: { 'x-amz-server-side-encryption': 'AES256' } },
    status: 400,
    code: 'InvalidArgument',
    message: 'x-amz-server-side-encryption header is not supported for this operation.',
  },
  {
    name: 'GET with the right key',
    request: { operation: 'GetObject', key: 'ssec', headers: sseC(KEY_A) },
    status: 200,
  },
];

describe('reading SSE-C objects (spec §4.4)', () => {
  it.each(readRows)('$name → $status $code', async ({ request, status, code, message }) => {
    const world = await makeWorld({
      bucketEncryption: SSE_C_ALLOWED,
      objects: [
        { key: 'ssec', body: 'secret', headers: sseC(KEY_A) },
        { key: 'plain', body: 'plain' },
      ],
    });
    const { response } = await world.send(request);
    expect(response.status).toBe(status);
    if (code) expect(response.error?.code).toBe(code);
    if (message) expect(response.error?.message).toBe(message);
  });

  it.each<{ name: string; headers: Record<string, string>; status: number }>([
    { name: 'HEAD without SSE-C headers', headers: {}, status: 400 },
    { name: 'HEAD with the wrong key', headers: sseC(KEY_B), status: 403 },
    {
      name: 'HEAD with x-amz-server-side-encryption',
      headers: { 'x-amz-server-side-encryption': 'AES256' },
      status: 400,
    },
  ])('$name answers $status without a body', async ({ headers, status }) => {
    const world = await makeWorld({
      bucketEncryption: SSE_C_ALLOWED,
      objects: [{ key: 'ssec', body: 's', headers: sseC(KEY_A) }],
    });
    const { response } = await world.send({ operation: 'HeadObject', key: 'ssec', headers });
    expect(response.status).toBe(status);
    expect(response.errorXml).toBeUndefined();
    expect(response.body).toBeUndefined();
  });
});
