/** What a share link is a difference from: the open lesson's set-up and policy, or the defaults. */
import { useCallback } from 'react';
import { baselineFor } from '../../state/baseline.ts';
import { usePlaygroundStore } from '../../state/context.tsx';

export function useBaseline() {
  const store = usePlaygroundStore();
  return useCallback(() => baselineFor(store.getState().lesson?.scenario), [store]);
}
