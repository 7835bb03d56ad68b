/** Cancelling a running matrix (issue 9): the store says so and keeps the previous grid. */
import { describe, expect, it, vi } from 'vitest';
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
    // The same inputs again: only a forced run (Run again) runs them twice.
    const running = store.getState().refreshMatrix({ force: true });
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
    // A re-run of the change just cancelled (the watcher's) does not undo Cancel; Run again does.
    await store.getState().refreshMatrix();
    expect(store.getState().matrix.status).toBe('cancelled');
    await store.getState().refreshMatrix({ force: true });
    expect(store.getState().matrix.status).toBe('ready');
  });

  it('does nothing when no run is in progress', async () => {
    const store = await readyStore();
    await store.getState().refreshMatrix();
    store.getState().cancelMatrix();
    expect(store.getState().matrix.status).toBe('ready');
  });

  it('does not run twice for the same inputs (the principal axis and its watcher)', async () => {
    const store = await readyStore();
    await store.getState().refreshMatrix();
    const first = store.getState().matrix.result;
    await store.getState().refreshMatrix();
    expect(store.getState().matrix.result).toBe(first);
    store.getState().setMatrixPrincipals(true);
    // The watcher's call while the checkbox's own run is going: skipped, not a second run.
    await store.getState().refreshMatrix();
    expect(store.getState().matrix.status).toBe('running');
    await vi.waitFor(() => expect(store.getState().matrix.status).toBe('ready'), { timeout: 20_000 });
    const withPrincipals = store.getState().matrix.result;
    expect(withPrincipals).not.toBe(first);
    await store.getState().refreshMatrix();
    expect(store.getState().matrix.result).toBe(withPrincipals);
  });
});
