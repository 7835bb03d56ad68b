import { describe, expect, it } from 'vitest';
import { guardStorage } from './browser-storage.ts';
import {
  KEPT_FILE_LESSON_KEY,
  keepFileLesson,
  MAX_KEPT_LESSON_CHARS,
  readKeptFileLesson,
} from './kept-file-lesson.ts';
import { memoryStorage } from './memory-storage.ts';

const stored = (value: string | null) => ({
  read: (key: string) => (key === KEPT_FILE_LESSON_KEY ? value : null),
});

describe('the kept file lesson', () => {
  it.each([
    { what: 'nothing kept', value: null },
    { what: 'text that is not JSON', value: '{"id":' },
    { what: 'JSON that is not an object', value: '"a lesson"' },
    { what: 'an entry without its text', value: JSON.stringify({ id: 'x', name: 'x.json' }) },
    { what: 'an id that is not a string', value: JSON.stringify({ id: 7, name: 'x.json', text: '{}' }) },
    {
      what: 'a text over the limit (edited by hand)',
      value: JSON.stringify({ id: 'x', name: 'x.json', text: 'x'.repeat(MAX_KEPT_LESSON_CHARS + 1) }),
    },
  ])('reads $what as no lesson kept', ({ value }) => {
    expect(readKeptFileLesson(stored(value))).toBeNull();
  });

  it('reads back what it kept, and forgets it on request', () => {
    const storage = guardStorage(() => memoryStorage());
    const lesson = { id: 'mine', name: 'mine.json', text: '{"id":"mine"}' };
    expect(keepFileLesson(storage, lesson)).toBe(true);
    expect(readKeptFileLesson(storage)).toEqual(lesson);
    expect(keepFileLesson(storage, null)).toBe(true);
    expect(readKeptFileLesson(storage)).toBeNull();
  });

  it('does not keep a text over the limit, and forgets the one kept before', () => {
    const storage = guardStorage(() => memoryStorage());
    keepFileLesson(storage, { id: 'small', name: 's.json', text: '{}' });
    const large = { id: 'large', name: 'l.json', text: 'x'.repeat(MAX_KEPT_LESSON_CHARS + 1) };
    expect(keepFileLesson(storage, large)).toBe(false);
    expect(readKeptFileLesson(storage)).toBeNull();
  });
});
