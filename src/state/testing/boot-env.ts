/** A start-up environment for tests: no address bar, no page events, storage passed in. */
import type { BootEnvironment } from '../bootstrap.ts';
import type { SavedStore } from '../storage/index.ts';

export function testBootEnv(storage: SavedStore, overrides: Partial<BootEnvironment> = {}): BootEnvironment {
  return {
    hash: '',
    storage,
    replaceHash: () => {},
    currentHash: () => '',
    lessonById: () => undefined,
    onLeave: () => () => {},
    prefersDark: false,
    ...overrides,
  };
}
