/**
 * The addresses this tab showed for the saved work, kept in the tab's sessionStorage: it outlives a
 * reload, and a link opened in another tab does not share it.
 *
 * Why: a reload can outrun the debounced address update. The update's timer may fire after the
 * reload began, so the saved work is newer, but the browser loads the address it had, an older
 * address of this same work. Read as a link, that address differed from the saved work and the page
 * opened beside it, with the user's objects out of sight. An address this tab showed for its own
 * work is a reload: the saved work wins over it.
 */
import type { SavedStore } from './storage/index.ts';

export const TAB_ADDRESSES_KEY = 's3-encryption-playground:tab-addresses';
/** Enough for the edits between two reloads; an address any older is read as a link. */
export const TAB_ADDRESSES_LIMIT = 20;

function read(tab: Pick<SavedStore, 'read'> | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(tab?.read(TAB_ADDRESSES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds addresses the tab shows for the saved work (the empty address says nothing and is skipped). */
export function rememberTabAddresses(
  tab: Pick<SavedStore, 'read' | 'write'> | undefined,
  ...addresses: string[]
) {
  if (!tab) return;
  const added = addresses.filter((a) => a !== '');
  if (added.length === 0) return;
  const kept = read(tab).filter((a) => !added.includes(a));
  tab.write(TAB_ADDRESSES_KEY, JSON.stringify([...kept, ...added].slice(-TAB_ADDRESSES_LIMIT)));
}

/**
 * Addresses that are this browser's own saved work at start: those this tab showed, and `stale`,
 * the address a page had when it was left before the address could follow (STALE_ADDRESS_KEY).
 */
export function ownAddresses(stale: string | null, tab: Pick<SavedStore, 'read'> | undefined): string[] {
  return [...(stale ? [stale] : []), ...read(tab)];
}
