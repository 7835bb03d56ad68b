import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlaygroundState, PlaygroundStore } from './store.ts';

const StoreContext = createContext<PlaygroundStore | null>(null);

export function PlaygroundProvider({ children, store }: { children: ReactNode; store: PlaygroundStore }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function usePlaygroundStore(): PlaygroundStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlayground must be used inside <PlaygroundProvider>');
  return store;
}

export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(usePlaygroundStore(), selector);
}
