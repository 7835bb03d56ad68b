import { createContext, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import { createPlaygroundStore, type PlaygroundState, type PlaygroundStore } from './store.ts';

const StoreContext = createContext<PlaygroundStore | null>(null);

export function PlaygroundProvider({ children, store }: { children: ReactNode; store?: PlaygroundStore }) {
  const [value] = useState(() => store ?? createPlaygroundStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function usePlaygroundStore(): PlaygroundStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlayground must be used inside <PlaygroundProvider>');
  return store;
}

export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(usePlaygroundStore(), selector);
}
