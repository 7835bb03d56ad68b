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
describe('the SSE-C key MD5 follows the key', () => {
  it.each([
    { name: 'a pasted key replaces the old MD5', key: K, md5: M },
    { name: 'a pasted copy-source key replaces its MD5', key: CK, md5: CM },
  ])('$name', ({ key, md5 }) => {
    const before = rows([
      [key, OTHER],
      [md5, md5Of(OTHER)],
    ]);
    const after = withKeyDigests(
      before,
      rows([
        [key, KEY],
        [md5, md5Of(OTHER)],
      ]),
    );
    expect(cell(after, md5)).toBe(md5Of(KEY));
  });

  it('adds the MD5 header when a key is typed without one', () => {
    const after = withKeyDigests([], rows([[K, KEY]]));
    expect(cell(after, M)).toBe(md5Of(KEY));
  });

  it('keeps an MD5 edited by hand while the key stays the same', () => {
    const before = rows([
      [K, KEY],
      [M, md5Of(KEY)],
    ]);
    const after = withKeyDigests(
      before,
      rows([
        [K, KEY],
        [M, 'wrong'],
      ]),
    );
    expect(cell(after, M)).toBe('wrong');
  });

  it.each([
    { name: 'text that is not base64', value: 'not a key!' },
    { name: 'an emptied key', value: '' },
  ])('leaves the MD5 alone for $name', ({ value }) => {
    const before = rows([
      [K, KEY],
      [M, md5Of(KEY)],
    ]);
    const after = withKeyDigests(
      before,
      rows([
        [K, value],
        [M, md5Of(KEY)],
      ]),
    );
    expect(cell(after, M)).toBe(md5Of(KEY));
  });
});
