import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { LESSONS } from '../../scenarios/index.ts';
import { testStore } from '../testing/test-store.ts';

/**
 * Every shipped lesson, clicked through step by step in the store as a trainer would: each step's
 * answer is the status and error code the lesson says real S3 gives (placeholders filled in).
 */
describe('lessons run step by step in the store', () => {
  it.each(LESSONS.map((lesson) => ({ id: lesson.id, lesson })))('$id', async ({ lesson }) => {
    const deps = deterministicDeps(3);
    const store = testStore({ deps: () => deps });
    await store.getState().openLesson(lesson.scenario);
    expect(store.getState().worldStatus).toBe('ready');
    for (const [index, step] of lesson.scenario.steps.entries()) {
      // Wall-clock time passing between clicks must not matter: the lesson's clock moves by afterMs only.
      deps.advance(60_000);
      await store.getState().runLessonStep(index);
      expect(store.getState().lesson?.problem).toBeUndefined();
      const answer = store.getState().lesson?.runs[index]?.response;
      if (step.expect?.status !== undefined)
        expect({ step: index, status: answer?.status }).toEqual({ step: index, status: step.expect.status });
      if (step.expect?.errorCode !== undefined)
        expect({ step: index, code: answer?.error?.code }).toEqual({
          step: index,
          code: step.expect.errorCode,
        });
    }
  });
});
