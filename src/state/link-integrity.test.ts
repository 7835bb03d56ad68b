/** Issue 12: links carry a checksum, expand to at most 2 MiB, and old links open marked unchecked. */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_LESSON_ID_LENGTH, readLessonAddress } from './lesson-address.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { MAX_LINK_JSON_BYTES, packJson, unpackLink } from './share-codec.ts';
import type { Baseline, Workspace } from './share-dto.ts';
import { readStart, shareHash, UNCHECKED_LINK_NOTE } from './share-link.ts';

const baseline: Baseline = { policyText: 'default', setup: { bucket: 'test-bucket' } };
const baselineOf = () => baseline;
const edited: Workspace = {
  policyText: '{"Version":"2012-10-17","Statement":[]}',
  setup: { bucket: 'test-bucket', versioning: 'Enabled' },
  draft: { ...DEFAULT_DRAFT, key: 'a.txt', https: false },
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** Every link that differs from `link` by one bit of one base64url character (the "." kept). */
function singleBitFlips(link: string): string[] {
  const flips: string[] = [];
  for (let i = 0; i < link.length; i++) {
    const value = ALPHABET.indexOf(link[i]!);
    if (value < 0) continue;
    for (let bit = 0; bit < 6; bit++)
      flips.push(link.slice(0, i) + ALPHABET[value ^ (1 << bit)] + link.slice(i + 1));
  }
  return flips;
}

describe('link integrity', () => {
  const payload = shareHash(edited, baseline, false).replace('#s=', '');

  it('opens an intact link as checked', () => {
    const unpacked = unpackLink(payload);
    expect(unpacked.ok && unpacked.value.checked).toBe(true);
  });

  it('reports every single-bit flip as a damaged link (before: one in five opened altered)', () => {
    const flips = singleBitFlips(payload);
    expect(flips.length).toBeGreaterThan(100);
    for (const flipped of flips) {
      const unpacked = unpackLink(flipped);
      expect(unpacked.ok).toBe(false);
      if (!unpacked.ok) expect(unpacked.error.kind).toBe('damaged');
    }
  });

  it('reports a cut link as damaged', () => {
    const unpacked = unpackLink(payload.slice(0, payload.length - 3));
    expect(!unpacked.ok && unpacked.error.kind).toBe('damaged');
  });

  it('opens a link from before checksums, and the start-up says it is unchecked', () => {
    const v1 = base64url(deflateSync(strToU8(JSON.stringify({ v: 1, request: { key: 'old.txt' } }))));
    const start = readStart(`#s=${v1}`, null, baselineOf);
    expect(start.start.kind).toBe('link');
    expect(start.note).toBe(UNCHECKED_LINK_NOTE);
    expect(readStart(`#s=${payload}`, null, baselineOf).note).toBeUndefined();
  });

  it('shows a damaged link as such and falls back to the saved work', () => {
    const [flipped] = singleBitFlips(payload);
    const start = readStart(`#s=${flipped}`, JSON.stringify({ v: 1, policy: 'saved' }), baselineOf);
    expect(start.start.kind).toBe('saved');
    expect(start.problem).toMatch(/the link is damaged .*Your saved work is shown instead/);
  });
});

describe('link size limits', () => {
  it('stops inflating a link that expands past 2 MiB (a 409 KB link used to inflate to 300 MB)', () => {
    const bomb = base64url(
      deflateSync(strToU8(JSON.stringify({ v: 1, policy: 'x'.repeat(3 * 1024 * 1024) }))),
    );
    expect(bomb.length).toBeLessThan(20_000);
    const unpacked = unpackLink(bomb);
    expect(!unpacked.ok && unpacked.error).toEqual({
      kind: 'too-large',
      message: expect.stringContaining('more than 2 MiB'),
    });
  });

  it('opens a link just under the limit', () => {
    const policy = 'y'.repeat(MAX_LINK_JSON_BYTES - 100);
    const unpacked = unpackLink(packJson({ v: 1, policy }));
    expect(unpacked.ok).toBe(true);
  });

  it('refuses a link with more characters than 2 MiB of data can need, before decoding it', () => {
    const unpacked = unpackLink('A'.repeat(4 * 1024 * 1024));
    expect(!unpacked.ok && unpacked.error.kind).toBe('too-large');
  });

  it('refuses a lesson id longer than the limit, naming it', () => {
    const read = readLessonAddress(`#lesson=${'a'.repeat(MAX_LESSON_ID_LENGTH + 1)}`);
    expect(!read.ok && read.message).toMatch(/65 characters long; lesson ids have at most 64/);
  });
});
