/**
 * The answer and trace on screen follow the lesson step on screen (a tester's finding: going back a
 * step in presenter mode showed the step's own answer beside the trace of the last step sent).
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { lessonById } from '../../scenarios/index.ts';
import type { PlaygroundStore } from '../store.ts';
import { testStore } from '../testing/test-store.ts';

const lesson = (id: string) => {
  const found = lessonById(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found.scenario;
};

type Move = { go: number } | { run: number } | 'restart';

async function play(store: PlaygroundStore, moves: Move[]) {
  for (const move of moves) {
    if (move === 'restart') await store.getState().restartLesson();
    else if ('go' in move) await store.getState().goToStep(move.go);
    else await store.getState().runLessonStep(move.run);
  }
}

describe('the trace on screen is the trace of the step on screen', () => {
  // Steps are 0-based here; https-only-policy: 1 PutObject, 2 GetObject over HTTP (403),
  // 3 GetObject (200), 4 PutBucketPolicy (204), 5 GetObject (403), 6 GetObject over HTTP.
  it.each([
    {
      name: 'back from step 4 to step 3 shows step 3’s GetObject, not step 4’s PutBucketPolicy',
      id: 'https-only-policy',
      moves: [{ go: 0 }, { go: 1 }, { go: 2 }, { go: 3 }, { go: 2 }],
      shown: 2,
      operation: 'GetObject',
    },
    {
      name: 'back twice then forward once (the tester’s ← ← →) shows step 3 with its own trace',
      id: 'https-only-policy',
      moves: [{ go: 0 }, { go: 1 }, { go: 2 }, { go: 3 }, { go: 2 }, { go: 1 }, { go: 2 }],
      shown: 2,
      operation: 'GetObject',
    },
    {
      name: 'back to step 1 shows the PutObject, not step 2’s denied GetObject',
      id: 'https-only-policy',
      moves: [{ go: 0 }, { go: 1 }, { go: 0 }],
      shown: 0,
      operation: 'PutObject',
    },
    {
      name: 'back to step 3 of lesson 1 shows its PutObject, not step 4’s GetObject',
      id: 'default-encryption-vs-require-header-policy',
      moves: [{ run: 3 }, { go: 2 }],
      shown: 2,
      operation: 'PutObject',
    },
    {
      name: 'forward again to a step that ran shows that step’s trace',
      id: 'https-only-policy',
      moves: [{ run: 4 }, { go: 1 }, { go: 3 }],
      shown: 3,
      operation: 'PutBucketPolicy',
    },
  ])('$name', async ({ id, moves, shown, operation }) => {
    const store = testStore({ deps: () => deterministicDeps(4) });
    await store.getState().openLesson(lesson(id));
    await play(store, moves);
    const { lesson: open, lastRun } = store.getState();
    expect(open?.current).toBe(shown);
    expect(lastRun?.request.operation).toBe(operation);
    expect(lastRun?.outcome).toBe(open?.runs[shown]);
  });

  it.each([
    { name: 'a restarted lesson shows no trace until a step runs', moves: [{ run: 2 }, 'restart'] as Move[] },
    { name: 'a lesson just opened shows no trace', moves: [] as Move[] },
  ])('$name', async ({ moves }) => {
    const store = testStore({ deps: () => deterministicDeps(4) });
    await store.getState().openLesson(lesson('https-only-policy'));
    await play(store, moves);
    expect(store.getState().lesson?.runs[store.getState().lesson?.current ?? 0]).toBeUndefined();
    expect(store.getState().lastRun).toBeNull();
  });
});
