/**
 * Why a panel stopped drawing: a part of the page that could not be fetched (the server went away,
 * or the host deployed a new version whose files have other names while this page was open), or a
 * bug. The first is not the playground's fault and a reload cures it; "Try again" would not, since
 * the browser keeps a failed module import failed.
 */
export type PanelFailure = 'not-loaded' | 'bug';

/** The messages browsers give a failed `import()` (Chromium, Firefox, Safari) and Vite a failed preload. */
const NOT_LOADED = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Unable to preload CSS/i,
];

export function panelFailure(error: Error): PanelFailure {
  return NOT_LOADED.some((pattern) => pattern.test(error.message)) ? 'not-loaded' : 'bug';
}
