/** UI preferences: theme, projector text size, the right column's tab, and the "include keys" choice. */
import type { StateCreator } from 'zustand/vanilla';
import type { PlaygroundState, UiSlice } from './types.ts';

export const createUiSlice =
  (
    initial: Partial<Pick<UiSlice, 'theme' | 'largeText' | 'startHere' | 'startHereSeen' | 'presenter'>>,
  ): StateCreator<PlaygroundState, [], [], UiSlice> =>
  (set) => ({
    theme: initial.theme ?? 'light',
    largeText: initial.largeText ?? false,
    rightTab: 'answer',
    includeKeys: false,
    loadNotice: null,
    presenter: initial.presenter ?? false,
    setPresenter: (presenter) => set({ presenter }),
    startHere: initial.startHere ?? false,
    startHereSeen: initial.startHereSeen ?? false,
    setStartHere: (startHere) => set(startHere ? { startHere } : { startHere, startHereSeen: true }),
    storageNotice: null,
    besideSaved: false,
    setTheme: (theme) => set({ theme }),
    setLargeText: (largeText) => set({ largeText }),
    setRightTab: (rightTab) => set({ rightTab }),
    setIncludeKeys: (includeKeys) => set({ includeKeys }),
    setLoadNotice: (loadNotice) => set({ loadNotice }),
    setStorageNotice: (storageNotice) => set({ storageNotice }),
    setBesideSaved: (besideSaved) => set({ besideSaved }),
  });
