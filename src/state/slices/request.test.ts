import { describe, expect, it } from 'vitest';
import { md5Base64 } from '../../engine/index.ts';
import { H } from '../encryption-choice.ts';
import { headerValue } from '../request-draft.ts';
import { testStore } from '../testing/test-store.ts';

const fromBase64 = (text: string) => Uint8Array.from(Buffer.from(text, 'base64'));

describe('the encryption picker in the request slice', () => {
  it('fills a fresh SSE-C key and its MD5 when SSE-C is picked without a key', () => {
    const store = testStore();
    store.getState().setEncryption('SSE-C');
    const headers = store.getState().draft.headers;
    const key = headerValue(headers, H.customerKey) ?? '';
    expect(fromBase64(key)).toHaveLength(32);
    expect(headerValue(headers, H.customerKeyMd5)).toBe(md5Base64(fromBase64(key)));
    expect(headerValue(headers, H.customerAlgorithm)).toBe('AES256');
  });

  it('keeps a key the user already has when SSE-C is picked again', () => {
    const store = testStore();
    store.getState().setEncryption('SSE-C');
    const first = headerValue(store.getState().draft.headers, H.customerKey);
    store.getState().setEncryption('SSE-C');
    expect(headerValue(store.getState().draft.headers, H.customerKey)).toBe(first);
  });
});

describe('changing the operation in the request slice', () => {
  const cases = [
    {
      name: 'a GET after an SSE-KMS PUT drops the SSE-KMS headers',
      choice: 'SSE-KMS',
      operation: 'GetObject',
      kept: [],
    },
    {
      name: 'a HEAD after an SSE-S3 PUT drops the SSE header',
      choice: 'SSE-S3',
      operation: 'HeadObject',
      kept: [],
    },
    {
      name: 'a GET after an SSE-C PUT keeps the key headers the read needs',
      choice: 'SSE-C',
      operation: 'GetObject',
      kept: [H.customerAlgorithm, H.customerKey, H.customerKeyMd5],
    },
    {
      name: "a CopyObject keeps the SSE header, which chooses the copy's encryption",
      choice: 'SSE-S3',
      operation: 'CopyObject',
      kept: [H.sse],
    },
  ] as const;

  it.each(cases)('$name', ({ choice, operation, kept }) => {
    const store = testStore();
    store.getState().setEncryption(choice);
    store.getState().setDraft({ operation });
    const names = store.getState().draft.headers.map((h) => h.name.toLowerCase());
    expect(names.sort()).toEqual([...kept].sort());
  });
});

describe('editing the headers in the request slice', () => {
  it('recomputes the SSE-C key MD5 when a key is pasted into the key header', () => {
    const store = testStore();
    store.getState().setEncryption('SSE-C');
    const pasted = Buffer.from('0123456789abcdef0123456789abcdef').toString('base64');
    const headers = store
      .getState()
      .draft.headers.map((h) => (h.name === H.customerKey ? { ...h, value: pasted } : h));
    store.getState().setHeaders(headers);
    expect(headerValue(store.getState().draft.headers, H.customerKeyMd5)).toBe(md5Base64(fromBase64(pasted)));
  });
});
