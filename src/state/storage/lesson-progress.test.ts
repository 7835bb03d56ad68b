import { describe, expect, it } from 'vitest';
import { guardStorage } from './browser-storage.ts';
import { LESSON_PROGRESS_KEY, readLessonProgress, writeLessonProgress } from './lesson-progress.ts';
import { memoryStorage } from './memory-storage.ts';

const storageWith = (initial: Record<string, string> = {}) => guardStorage(() => memoryStorage(initial));

describe('lesson progress across reloads', () => {
  it('keeps the step on screen and the last step run, per lesson', () => {
    const storage = storageWith();
    expect(writeLessonProgress(storage, 'https-only-policy', { current: 2, lastRan: 1 }, 5)).toBe(true);
    writeLessonProgress(storage, 'sse-c-needs-https', { current: 0, lastRan: 0 }, 6);
    expect(readLessonProgress(storage, 'https-only-policy')).toEqual({ current: 2, lastRan: 1, at: 5 });
    expect(readLessonProgress(storage, 'sse-c-needs-https')).toEqual({ current: 0, lastRan: 0, at: 6 });
    expect(readLessonProgress(storage, 'never-opened')).toBeNull();
  });

  it('forgets a lesson on restart', () => {
    const storage = storageWith();
    writeLessonProgress(storage, 'a', { current: 1, lastRan: 1 });
    writeLessonProgress(storage, 'a', null);
    expect(readLessonProgress(storage, 'a')).toBeNull();
  });

  it.each([
    { name: 'text that is not JSON', stored: '{oops' },
    { name: 'a list', stored: '[1]' },
    { name: 'a negative step', stored: '{"a":{"current":-4,"lastRan":0,"at":1}}' },
    { name: 'a step that is text', stored: '{"a":{"current":"2","lastRan":0,"at":1}}' },
  ])('reads $name as no progress', ({ stored }) => {
    const storage = storageWith({ [LESSON_PROGRESS_KEY]: stored });
    expect(readLessonProgress(storage, 'a')).toBeNull();
  });

  it('reads a "__proto__" entry without touching any prototype', () => {
    const storage = storageWith({ [LESSON_PROGRESS_KEY]: '{"__proto__":{"current":1,"lastRan":0,"at":1}}' });
    expect(readLessonProgress(storage, 'a')).toBeNull();
    writeLessonProgress(storage, 'b', { current: 0, lastRan: -1 });
    expect(({} as Record<string, unknown>).current).toBeUndefined();
  });

  it('keeps the 100 most recent lessons', () => {
    const storage = storageWith();
    for (let i = 0; i < 105; i++) writeLessonProgress(storage, `lesson-${i}`, { current: 0, lastRan: -1 }, i);
    expect(readLessonProgress(storage, 'lesson-4')).toBeNull();
    expect(readLessonProgress(storage, 'lesson-5')).not.toBeNull();
    expect(readLessonProgress(storage, 'lesson-104')).not.toBeNull();
  });
});
