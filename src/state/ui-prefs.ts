/** Theme and projector text size, remembered per browser (not part of links: they are the viewer's). */
import type { SavedStore } from './storage/index.ts';
import type { PlaygroundStore } from './store.ts';

export const PREFS_KEY = 's3-encryption-playground:ui';

export interface UiPrefs {
  theme: 'light' | 'dark';
  largeText: boolean;
  /** The "Start here" panel was dismissed once: it does not come back by itself. */
  startHereSeen: boolean;
}

export function readPrefs(stored: string | null, fallback: UiPrefs): UiPrefs {
  if (stored === null) return fallback;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return fallback;
    const { theme, largeText, startHereSeen } = value as Record<string, unknown>;
    return {
      theme: theme === 'dark' || theme === 'light' ? theme : fallback.theme,
      largeText: typeof largeText === 'boolean' ? largeText : fallback.largeText,
      startHereSeen: typeof startHereSeen === 'boolean' ? startHereSeen : fallback.startHereSeen,
    };
  } catch {
    return fallback;
  }
}

/** The theme to draw in before (or without) the store: the saved choice, else the system's. */
export function savedTheme(storage: Pick<SavedStore, 'read'>, prefersDark: boolean): UiPrefs['theme'] {
  const fallback = { theme: prefersDark ? 'dark' : 'light', largeText: false, startHereSeen: false } as const;
  return readPrefs(storage.read(PREFS_KEY), fallback).theme;
}

export function persistPrefs(store: PlaygroundStore, storage: Pick<SavedStore, 'write'>): () => void {
  return store.subscribe((state, previous) => {
    if (
      state.theme === previous.theme &&
      state.largeText === previous.largeText &&
      state.startHereSeen === previous.startHereSeen
    )
      return;
    // Storage disabled: the choice lasts for this page only.
    const prefs: UiPrefs = {
      theme: state.theme,
      largeText: state.largeText,
      startHereSeen: state.startHereSeen,
    };
    storage.write(PREFS_KEY, JSON.stringify(prefs));
  });
}
