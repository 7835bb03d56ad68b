/** A presentation clicker's presses in presenter mode, pressed faster than a step runs. */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { lessonById } from '../../scenarios/index.ts';
import { testStore } from '../../state/testing/test-store.ts';
import { pressPresenterStep } from './presenter-keys.ts';

async function lessonStore() {
  const store = testStore({ deps: () => deterministicDeps(4) });
  await store.getState().loadWorld(store.getState().setup);
  const scenario = lessonById('https-only-policy')?.scenario;
  if (!scenario) throw new Error('the lesson is shipped');
  await store.getState().openLesson(scenario);
  return store;
}

describe('presses in presenter mode', () => {
  it.each([
    { presses: [1, 1] as const, current: 1, ran: [true, true, false] },
    { presses: [1, 1, 1] as const, current: 2, ran: [true, true, true] },
    { presses: [1, 1, -1] as const, current: 0, ran: [true, true, false] },
  ])(
    '$presses pressed at once are made one after another: step $current on screen',
    async ({ presses, current, ran }) => {
      const store = await lessonStore();
      const all = presses.map((direction) => pressPresenterStep(store, direction));
      await Promise.all(all);
      const lesson = store.getState().lesson;
      expect(lesson?.current).toBe(current);
      expect([0, 1, 2].map((step) => lesson?.runs[step] !== undefined)).toEqual(ran);
      expect(lesson?.ranFirst).toBeUndefined();
    },
  );

  it('back from the first step of a deck lesson is the previous lesson at its last step, every answer shown', async () => {
    const store = await lessonStore();
    store.getState().setDeck({ ids: ['https-only-policy', 'sse-c-over-http-refused'] });
    await pressPresenterStep(store, 1);
    for (let i = 0; i < 6; i += 1) await pressPresenterStep(store, 1);
    expect(store.getState().lesson?.scenario.id).toBe('sse-c-over-http-refused');
    expect(store.getState().lesson?.current).toBe(0);
    await pressPresenterStep(store, -1);
    const lesson = store.getState().lesson;
    expect(lesson?.scenario.id).toBe('https-only-policy');
    expect(lesson?.current).toBe(5);
    expect([0, 1, 2, 3, 4, 5].every((step) => lesson?.runs[step] !== undefined)).toBe(true);
    expect(lesson?.ranFirst).toBeUndefined();
  });
});
