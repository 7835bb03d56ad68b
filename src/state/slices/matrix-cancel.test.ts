/** Cancelling a running matrix (issue 9): the store says so and keeps the previous grid. */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { testStore } from '../testing/test-store.ts';

async function readyStore() {
  const store = testStore({ deps: () => deterministicDeps(5) });
  await store.getState().loadWorld(store.getState().setup);
  return store;
}

describe('cancelling the request matrix', () => {
  it('stops the run, says so and keeps the grid of the run before', async () => {
    const store = await readyStore();
    await store.getState().refreshMatrix();
    const before = store.getState().matrix.result;
    expect(before?.cells.length).toBeGreaterThan(0);
    const running = store.getState().refreshMatrix();
    expect(store.getState().matrix.status).toBe('running');
    store.getState().cancelMatrix();
    await running;
    expect(store.getState().matrix.status).toBe('cancelled');
    expect(store.getState().matrix.result).toBe(before);
  });

  it('runs again afterwards', async () => {
    const store = await readyStore();
    const running = store.getState().refreshMatrix();
    store.getState().cancelMatrix();
    await running;
    expect(store.getState().matrix).toMatchObject({ status: 'cancelled', result: null });
    await store.getState().refreshMatrix();
    expect(store.getState().matrix.status).toBe('ready');
  });

  it('does nothing when no run is in progress', async () => {
    const store = await readyStore();
    await store.getState().refreshMatrix();
    store.getState().cancelMatrix();
    expect(store.getState().matrix.status).toBe('ready');
  });
});
