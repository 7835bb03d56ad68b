import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from './index.ts';

const lessonFiles = readdirSync(new URL('./lessons/', import.meta.url)).filter((name) =>
  name.endsWith('.json'),
);

describe('the lesson gallery index', () => {
  it('lists every lesson file once, at least 8 of them', () => {
    expect(LESSONS.map((lesson) => lesson.file).sort()).toEqual(lessonFiles.sort());
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
  });

  it('gives every lesson a unique id', () => {
    expect(new Set(LESSONS.map((lesson) => lesson.id)).size).toBe(LESSONS.length);
  });

  it.each(LESSONS.map((lesson) => ({ ...lesson, name: lesson.id })))(
    '$name teaches: description, source, tags, an explanation and an expectation per step',
    ({ scenario, description, tags }) => {
      expect(description.length).toBeGreaterThan(40);
      expect(scenario.source).toMatch(/\S/);
      expect(tags.length).toBeGreaterThan(0);
      for (const step of scenario.steps) {
        expect(step.explain ?? '').toMatch(/\S/);
        expect(step.expect).toBeDefined();
      }
    },
  );

  it('finds a lesson by id, and nothing for an unknown id', () => {
    expect(lessonById('https-only-policy')?.title).toMatch(/HTTPS-only/);
    expect(lessonById('no-such-lesson')).toBeUndefined();
  });
});
