/** What the store keeps of a request whose bytes the port moves to the worker. */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../engine/index.ts';
import { KEEP_BYTES, keptRequest } from './kept-request.ts';

const put = (body: RequestInput['body']): RequestInput => ({ operation: 'UploadPart', key: 'k', body });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('keptRequest', () => {
  it.each([
    ['a JSON input as it is', put({ Parts: [] }), put({ Parts: [] })],
    ['small bytes as a copy', put(bytes('hello')), put(bytes('hello'))],
    [
      'large repeated bytes as {repeat, times}',
      put(bytes('ab'.repeat(KEEP_BYTES))),
      put({ repeat: 'ab', times: KEEP_BYTES }),
    ],
  ])('keeps %s', (_, request, kept) => {
    expect(keptRequest(request)).toEqual(kept);
  });

  it('keeps its own copy: moving the original bytes away leaves the kept ones whole', () => {
    const request = put(bytes('hello'));
    const kept = keptRequest(request);
    structuredClone(request.body, { transfer: [(request.body as Uint8Array).buffer] });
    expect((request.body as Uint8Array).length).toBe(0);
    expect(kept.body).toEqual(bytes('hello'));
  });
});
