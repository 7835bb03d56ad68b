import { describe, expect, it } from 'vitest';
import {
  type EncryptionChoice,
  encryptionFromHeaders,
  H,
  headersForEncryption,
} from './encryption-choice.ts';
import type { HeaderRow } from './request-draft.ts';
import { generateSseCKey } from './sse-c-key.ts';

const rows = (headers: Record<string, string>): HeaderRow[] =>
  Object.entries(headers).map(([name, value]) => ({ name, value }));

describe('the encryption picker follows the headers', () => {
  const cases: {
    name: string;
    headers: Record<string, string>;
    clientSide?: boolean;
    choice: EncryptionChoice;
  }[] = [
    {
      name: 'no SSE header is the bucket default',
      headers: { 'content-type': 'text/plain' },
      choice: 'Bucket default',
    },
    { name: 'AES256 is SSE-S3', headers: { [H.sse]: 'AES256' }, choice: 'SSE-S3' },
    {
      name: 'aws:kms is SSE-KMS, whatever the name case',
      headers: { 'X-Amz-Server-Side-Encryption': 'aws:kms' },
      choice: 'SSE-KMS',
    },
    { name: 'aws:kms:dsse is DSSE-KMS', headers: { [H.sse]: 'aws:kms:dsse' }, choice: 'DSSE-KMS' },
    {
      name: 'a customer algorithm header is SSE-C',
      headers: { [H.customerAlgorithm]: 'AES256' },
      choice: 'SSE-C',
    },
    { name: 'a customer key alone is SSE-C too', headers: { [H.customerKey]: 'abc' }, choice: 'SSE-C' },
    {
      name: 'the client-side flag wins over headers',
      headers: { [H.sse]: 'AES256' },
      clientSide: true,
      choice: 'Client-side',
    },
    {
      name: 'a misspelt value still shows as SSE-S3 so S3 can refuse it',
      headers: { [H.sse]: 'aes-256' },
      choice: 'SSE-S3',
    },
  ];
  it.each(cases)('$name', ({ headers, clientSide, choice }) => {
    expect(encryptionFromHeaders(rows(headers), clientSide ?? false)).toBe(choice);
  });
});

describe('choosing an encryption rewrites only the SSE headers', () => {
  const base = rows({ 'content-type': 'text/plain', [H.sse]: 'aws:kms', [H.kmsKeyId]: 'alias/demo' });
  const cases: { name: string; choice: EncryptionChoice; expected: Record<string, string> }[] = [
    {
      name: 'bucket default drops them all',
      choice: 'Bucket default',
      expected: { 'content-type': 'text/plain' },
    },
    {
      name: 'SSE-S3 sets AES256',
      choice: 'SSE-S3',
      expected: { 'content-type': 'text/plain', [H.sse]: 'AES256' },
    },
    {
      name: 'DSSE-KMS keeps the key id',
      choice: 'DSSE-KMS',
      expected: { 'content-type': 'text/plain', [H.sse]: 'aws:kms:dsse', [H.kmsKeyId]: 'alias/demo' },
    },
    {
      name: 'SSE-C adds the customer key triple, empty until generated',
      choice: 'SSE-C',
      expected: {
        'content-type': 'text/plain',
        [H.customerAlgorithm]: 'AES256',
        [H.customerKey]: '',
        [H.customerKeyMd5]: '',
      },
    },
  ];
  it.each(cases)('$name', ({ choice, expected }) => {
    const result = Object.fromEntries(headersForEncryption(base, choice).map((h) => [h.name, h.value]));
    expect(result).toEqual(expected);
    expect(encryptionFromHeaders(headersForEncryption(base, choice), false)).toBe(choice);
  });
});

describe('"Generate key" for SSE-C', () => {
  // `head -c 32 /dev/zero | md5sum` gives 70bc8f4b72a86921468bf8e8441dce51 (base64 below).
  it.each([
    {
      name: '32 zero bytes',
      byte: 0,
      key: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      md5: 'cLyPS3KoaSFGi/joRB3OUQ==',
    },
  ])('gives the base64 key and the base64 MD5 of $name', ({ byte, key, md5 }) => {
    expect(generateSseCKey((n) => new Uint8Array(n).fill(byte))).toEqual({ key, md5 });
  });
});
