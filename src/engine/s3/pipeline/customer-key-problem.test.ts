/**
 * What the trace says about a wrong-length SSE-C key. botocore base64-encodes SSECustomerKey itself
 * (spec §4.3 note, LS put-obj-sse-c-no-md5), so a key given to the CLI as base64 arrives as 44
 * bytes: the base64 text of the 32-byte key. The trace names that trap instead of repeating the rule.
 */
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../crypto/bytes.ts';
import { TARGET_KEY_HEADERS } from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import { headerBag } from '../header-bag.ts';
import { customerKeyProblem } from './customer-key-problem.ts';

const key32 = new Uint8Array(32).fill(7);
const keyAsText = new TextEncoder().encode(toBase64(key32));

const problemFor = (keyBytes: Uint8Array) =>
  customerKeyProblem(
    S3Errors.sseCInvalidKey(),
    headerBag({
      [TARGET_KEY_HEADERS.algorithm]: 'AES256',
      [TARGET_KEY_HEADERS.key]: toBase64(keyBytes),
      [TARGET_KEY_HEADERS.keyMd5]: 'AAAAAAAAAAAAAAAAAAAAAA==',
    }),
    TARGET_KEY_HEADERS,
    'SSE-C key',
  );

describe('a wrong-length SSE-C key in the trace', () => {
  it.each([
    {
      name: 'a 32-byte key encoded twice (the CLI given base64) is named as such, with the CLI remedy',
      key: keyAsText,
      why: /decodes to 44 bytes.*base64 text of a 32-byte key: it was encoded twice/,
      remedy: /fileb:\/\/key\.bin/,
    },
    {
      name: '44 bytes that are not base64 text get the plain rule',
      key: new Uint8Array(44).fill(200),
      why: /decodes to 44 bytes; an AES-256 key is exactly 32 bytes\.$/,
      remedy: /^Send the base64 of a 32-byte \(256-bit\) key\.$/,
    },
    {
      name: 'a 16-byte key gets the plain rule',
      key: new Uint8Array(16).fill(1),
      why: /decodes to 16 bytes; an AES-256 key is exactly 32 bytes\.$/,
      remedy: /^Send the base64 of a 32-byte \(256-bit\) key\.$/,
    },
  ])('$name', ({ key, why, remedy }) => {
    const problem = problemFor(key);
    expect(problem.why).toMatch(why);
    expect(problem.remedy).toMatch(remedy);
  });
});
