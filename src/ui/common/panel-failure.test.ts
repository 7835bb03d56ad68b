import { describe, expect, it } from 'vitest';
import { panelFailure } from './panel-failure.ts';

describe('why a panel stopped drawing', () => {
  it.each([
    {
      name: "Chromium's failed import of a panel's file is a file not loaded",
      message:
        'Failed to fetch dynamically imported module: http://host/training/assets/ObjectsPanel-DsfTDUTq.js',
      failure: 'not-loaded',
    },
    {
      name: "Firefox's is too",
      message: 'error loading dynamically imported module: http://host/assets/ObjectsPanel-DsfTDUTq.js',
      failure: 'not-loaded',
    },
    { name: "Safari's is too", message: 'Importing a module script failed.', failure: 'not-loaded' },
    {
      name: "Vite's failed CSS preload is too",
      message: 'Unable to preload CSS for /assets/a.css',
      failure: 'not-loaded',
    },
    {
      name: 'anything else is a bug',
      message: "Cannot read properties of undefined (reading 'key')",
      failure: 'bug',
    },
  ])('$name', ({ message, failure }) => {
    expect(panelFailure(new Error(message))).toBe(failure);
  });
});
