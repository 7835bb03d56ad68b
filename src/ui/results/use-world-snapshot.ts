/**
 * The world snapshot with the engine's full type. The store declares only the fields the shell
 * reads; this checks the rest is there (buckets as a list) before the panels read it.
 */
import type { WorldSnapshot } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';

function isEngineSnapshot(value: unknown): value is WorldSnapshot {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { buckets?: unknown }).buckets)
  );
}

const selectSnapshot = (s: PlaygroundState) => s.snapshot;

export function useWorldSnapshot(): WorldSnapshot | null {
  const snapshot = usePlayground(selectSnapshot);
  return isEngineSnapshot(snapshot) ? snapshot : null;
}
