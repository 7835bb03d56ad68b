/** A store on the in-process engine host (the same port the worker serves), for unit tests. */
import type { EngineDeps } from '../../engine/index.ts';
import { createEngineHost } from '../../worker/host.ts';
import { createPlaygroundStore, type StoreInit } from '../store.ts';

export function testStore(init: Partial<StoreInit> & { deps?: () => EngineDeps } = {}) {
  const { deps, ...rest } = init;
  return createPlaygroundStore({ engine: createEngineHost(deps ? { deps } : {}), ...rest });
}
