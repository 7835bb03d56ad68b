import { describe, expect, it } from 'vitest';
import { deckHash, lessonHash, readLessonAddress } from './lesson-address.ts';

describe('lesson and deck addresses', () => {
  it.each([
    { hash: '#lesson=https-only-policy', address: { lesson: 'https-only-policy' } },
    { hash: '#lesson=a&step=3', address: { lesson: 'a', step: 3 } },
    { hash: '#deck=a,b,c', address: { deck: ['a', 'b', 'c'] } },
    {
      hash: '#lesson=b&step=2&deck=a,b&title=Monday+session',
      address: { lesson: 'b', step: 2, deck: ['a', 'b'], title: 'Monday session' },
    },
    { hash: '#lesson=a&step=0', address: { lesson: 'a' } },
    { hash: '#lesson=a&step=3&present', address: { lesson: 'a', step: 3, present: true } },
    { hash: '#deck=a,b&present', address: { deck: ['a', 'b'], present: true } },
    { hash: '#s=abc', address: null },
    { hash: '', address: null },
  ])('reads $hash', ({ hash, address }) => {
    expect(readLessonAddress(hash)).toEqual({ ok: true, address });
  });

  it.each([
    { hash: '#lesson=../x', message: /not a lesson id/ },
    { hash: '#deck=', message: /names no lesson/ },
    { hash: '#deck=a,B', message: /"B" is not a lesson id/ },
    { hash: `#deck=${Array.from({ length: 60 }, (_, i) => `l${i}`).join(',')}`, message: /at most 50/ },
  ])('refuses $hash with a message', ({ hash, message }) => {
    const read = readLessonAddress(hash);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('writes what it reads', () => {
    const hash = lessonHash('b', 2, { ids: ['a', 'b'], title: 'Monday' });
    expect(hash).toBe('#lesson=b&step=2&deck=a,b&title=Monday');
    expect(readLessonAddress(hash)).toEqual({
      ok: true,
      address: { lesson: 'b', step: 2, deck: ['a', 'b'], title: 'Monday' },
    });
    expect(deckHash(['a', 'b'], ' Day 1 ')).toBe('#deck=a,b&title=Day+1');
    const presenting = lessonHash('b', 2, null, true);
    expect(presenting).toBe('#lesson=b&step=2&present');
    expect(readLessonAddress(presenting)).toEqual({
      ok: true,
      address: { lesson: 'b', step: 2, present: true },
    });
  });
});
