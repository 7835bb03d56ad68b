import { describe, expect, it } from 'vitest';
import { wentThrough } from '../../../engine/index.ts';
import { statusLabel, statusText } from './status-text.ts';

// Status 0 is the engine's "no HTTP answer" (S3 refuses a TLS 1.0 handshake before any HTTP,
// spec §6.5): it must never read as a success or as a number S3 sent.
describe('status words', () => {
  it.each([
    { status: 0, label: 'No HTTP answer', text: 'No HTTP answer', ok: false },
    { status: 200, label: '200', text: 'OK', ok: true },
    { status: 204, label: '204', text: 'No Content', ok: true },
    { status: 304, label: '304', text: 'Not Modified', ok: false },
    { status: 403, label: '403', text: 'Forbidden', ok: false },
  ])('$status reads "$label $text"', ({ status, label, text, ok }) => {
    expect(statusLabel(status)).toBe(label);
    expect(statusText(status)).toBe(text);
    expect(wentThrough(status)).toBe(ok);
  });
});
