/** A browser tab for start-up tests: booted over a given (shared) storage, with its address bar. */
import { lessonById } from '../../scenarios/index.ts';
import { createEngineHost } from '../../worker/host.ts';
import { bootPlayground } from '../bootstrap.ts';
import { guardStorage, type memoryStorage } from '../storage/index.ts';
import { testBootEnv } from './boot-env.ts';

/** A tab: its address bar, its listeners, booted over the given browser storage. */
export function tab(raw: ReturnType<typeof memoryStorage>, hash: string) {
  let address = hash;
  const listeners = new Set<(hash: string) => void>();
  const boot = bootPlayground(
    testBootEnv(
      guardStorage(() => raw),
      {
        hash,
        currentHash: () => address,
        replaceHash: (h) => {
          address = h;
        },
        pushHash: (h) => {
          address = h;
        },
        onAddressChange: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        lessonById: (id) => lessonById(id)?.scenario,
      },
    ),
    { engine: createEngineHost() },
  );
  return {
    ...boot,
    address: () => address,
    /** The user pastes a link into the address bar (the browser fires hashchange). */
    paste: (h: string) => {
      address = h;
      for (const listener of listeners) listener(h);
    },
  };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
