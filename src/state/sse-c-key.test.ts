import { describe, expect, it } from 'vitest';
import { md5Base64 } from '../engine/index.ts';
import type { HeaderRow } from './request-draft.ts';
import { withKeyDigests } from './sse-c-key.ts';

const KEY = 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
const OTHER = 'ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=';
const md5Of = (key: string) => md5Base64(Uint8Array.from(Buffer.from(key, 'base64')));
const K = 'x-amz-server-side-encryption-customer-key';
const M = 'x-amz-server-side-encryption-customer-key-md5';
const CK = 'x-amz-copy-source-server-side-encryption-customer-key';
const CM = 'x-amz-copy-source-server-side-encryption-customer-key-md5';
const rows = (entries: [string, string][]): HeaderRow[] => entries.map(([name, value]) => ({ name, value }));
const cell = (headers: HeaderRow[], name: string) => headers.find((h) => h.name === name)?.value;

// The CLI and SDKs send Content-MD5 of the key they were given (S3 API reference, SSE-C headers:
// "x-amz-server-side-encryption-customer-key-MD5 ... the base64-encoded 128-bit MD5 digest of the
// encryption key"), so a pasted key gets its own digest.
/** The MD5 header after editing the pair (key, MD5) from `before` to `after`. */
const md5After = (names: [string, string], before: [string, string], after: [string, string]) =>
  cell(
    withKeyDigests(
      rows([
        [names[0], before[0]],
        [names[1], before[1]],
      ]),
      rows([
        [names[0], after[0]],
        [names[1], after[1]],
      ]),
    ),
    names[1],
  );

describe('the SSE-C key MD5 follows the key', () => {
  it.each([
    { name: 'a pasted key replaces the old MD5', names: [K, M] as [string, string] },
    { name: 'a pasted copy-source key replaces its MD5', names: [CK, CM] as [string, string] },
  ])('$name', ({ names }) => {
    expect(md5After(names, [OTHER, md5Of(OTHER)], [KEY, md5Of(OTHER)])).toBe(md5Of(KEY));
  });

  it('adds the MD5 header when a key is typed without one', () => {
    expect(cell(withKeyDigests([], rows([[K, KEY]])), M)).toBe(md5Of(KEY));
  });

  it('keeps an MD5 edited by hand while the key stays the same', () => {
    expect(md5After([K, M], [KEY, md5Of(KEY)], [KEY, 'wrong'])).toBe('wrong');
  });

  it.each([
    { name: 'text that is not base64', value: 'not a key!' },
    { name: 'an emptied key', value: '' },
  ])('leaves the MD5 alone for $name', ({ value }) => {
    expect(md5After([K, M], [KEY, md5Of(KEY)], [value, md5Of(KEY)])).toBe(md5Of(KEY));
  });
});
