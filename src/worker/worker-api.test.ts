import { describe, expect, it } from 'vitest';
import { buffersOf } from './worker-api.ts';

const buffer = (n: number) => new Uint8Array(n);

describe('buffersOf (what a reply transfers instead of copying)', () => {
  const one = buffer(4);
  const first = buffer(8);
  const second = buffer(8);
  const shared = new Uint8Array(16);
  it.each([
    { name: 'one buffer of object data', values: [one], expected: [one.buffer] },
    {
      name: 'each segment of a large read',
      values: [{ kind: 'chunked-bytes', chunks: [first, second], length: 16 }],
      expected: [first.buffer, second.buffer],
    },
    {
      name: 'a buffer two views share, once',
      values: [{ kind: 'chunked-bytes', chunks: [shared.subarray(0, 8), shared.subarray(8)], length: 16 }],
      expected: [shared.buffer],
    },
    { name: 'nothing for a JSON answer', values: [{ UploadId: 'u' }], expected: [] },
    { name: 'nothing for an empty buffer', values: [buffer(0)], expected: [] },
    { name: 'nothing for no body', values: [undefined], expected: [] },
  ])('finds $name', ({ values, expected }) => {
    expect(buffersOf(...values)).toEqual(expected);
  });
});
