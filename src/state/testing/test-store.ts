/** A store on the in-process engine host (the same port the worker serves), for unit tests. */
import { deterministicDeps, type EngineDeps } from '../../engine/index.ts';
import { createEngineHost } from '../../worker/host.ts';
import { createPlaygroundStore, type StoreInit } from '../store.ts';

export function testStore(init: Partial<StoreInit> & { deps?: () => EngineDeps } = {}) {
  const { deps, ...rest } = init;
  return createPlaygroundStore({ engine: createEngineHost(deps ? { deps } : {}), ...rest });
}

/** A test store whose world is loaded from its set-up, on deterministic deps (seed 3). */
export async function readyTestStore() {
  const store = testStore({ deps: () => deterministicDeps(3) });
  await store.getState().loadWorld(store.getState().setup);
  const status = store.getState().worldStatus;
  if (status !== 'ready') throw new Error(`The world is ${status}, not ready.`);
  return store;
}
