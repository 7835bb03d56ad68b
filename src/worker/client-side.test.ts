/** The client's own calls through the worker: a body for decryption may come as bytes or a Blob. */
import { describe, expect, it } from 'vitest';
import { createEngineHost } from './host.ts';

describe('client-side decryption in the worker', () => {
  it.each([
    { name: 'bytes', as: (body: Uint8Array<ArrayBuffer>) => body },
    // worker-port.ts sends a large body the page keeps as a Blob, to spare a copy on the page's thread.
    { name: 'a Blob', as: (body: Uint8Array<ArrayBuffer>) => new Blob([body]) },
  ])('opens a body sent as $name', async ({ as }) => {
    const host = createEngineHost();
    const opened = await host.openWorld({ bucket: 'test-bucket', account: '111122223333' });
    if (!opened.ok) throw new Error('the world did not open');
    const id = opened.value.id;
    const caller = { principal: 'arn:aws:iam::111122223333:root', sourceIp: '203.0.113.10' };
    const wrapping = { kind: 'aes' as const, key: new Uint8Array(32).fill(9) };
    const plaintext = new TextEncoder().encode('sealed by the client');
    const sealed = await host.encryptClientSide(id, { plaintext, wrapping, ...caller });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const read = await host.decryptClientSide(id, {
      body: as(sealed.value.body as Uint8Array<ArrayBuffer>),
      metadata: sealed.value.metadata,
      wrapping,
      ...caller,
    });
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('sealed by the client');
  });
});
