/** Theme and projector text size, remembered per browser (not part of links: they are the viewer's). */
import type { SavedStore } from './storage/index.ts';
import type { PlaygroundStore } from './store.ts';

export const PREFS_KEY = 's3-encryption-playground:ui';

export interface UiPrefs {
  theme: 'light' | 'dark';
  largeText: boolean;
}

export function readPrefs(stored: string | null, fallback: UiPrefs): UiPrefs {
  if (stored === null) return fallback;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return fallback;
    const { theme, largeText } = value as Record<string, unknown>;
    return {
      theme: theme === 'dark' || theme === 'light' ? theme : fallback.theme,
      largeText: typeof largeText === 'boolean' ? largeText : fallback.largeText,
    };
  } catch {
    return fallback;
  }
}

export function persistPrefs(store: PlaygroundStore, storage: Pick<SavedStore, 'write'>): () => void {
  return store.subscribe((state, previous) => {
    if (state.theme === previous.theme && state.largeText === previous.largeText) return;
    // Storage disabled: the choice lasts for this page only.
    storage.write(PREFS_KEY, JSON.stringify({ theme: state.theme, largeText: state.largeText }));
  });
}
