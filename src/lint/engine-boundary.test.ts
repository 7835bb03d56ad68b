import { afterAll, describe, expect, it } from 'vitest';
import { lintProbes } from './lint-probe.ts';

/**
 * The engine boundary (DESIGN.md "Layers") is a lint rule, not a convention: these cases write a
 * probe file into src/engine and into src/ui, run Biome on it, and read the diagnostics back.
 */
const { lint, cleanUp } = lintProbes();
afterAll(cleanUp);

const forbidden = [
  {
    name: 'importing react from the engine',
    source: "import { useState } from 'react';\nexport const x = useState;\n",
    says: 'pure TypeScript',
  },
  {
    name: 'importing zustand from the engine',
    source: "import { create } from 'zustand';\nexport const x = create;\n",
    says: 'no UI state',
  },
  {
    name: 'importing Monaco from the engine',
    source: "import * as m from 'monaco-editor';\nexport const x = m;\n",
    says: 'must not know the editor',
  },
  {
    name: 'importing the store from the engine',
    source:
      "import { createPlaygroundStore } from '../../state/store.ts';\nexport const x = createPlaygroundStore;\n",
    says: 'must not import the store',
  },
  {
    name: 'importing UI code from the engine',
    source: "import { App } from '../../ui/App.tsx';\nexport const x = App;\n",
    says: 'must not import UI code',
  },
  {
    name: 'touching window from the engine',
    source: 'export const x = window.location.href;\n',
    says: 'no window',
  },
  { name: 'touching document from the engine', source: 'export const x = document.title;\n', says: 'no DOM' },
  {
    name: 'touching localStorage from the engine',
    source: "export const x = localStorage.getItem('k');\n",
    says: 'does not persist',
  },
];

describe('the engine boundary lint rule', () => {
  it.each(forbidden)('reports $name as an error that says why', ({ source, says }) => {
    const report = lint('src/engine', source);
    expect(report).toMatch(/lint\/style\/noRestricted(Imports|Globals)/);
    expect(report).toContain(says);
  });

  it('allows the same imports outside the engine', () => {
    expect(lint('src/ui', "import { useState } from 'react';\nexport const x = useState;\n")).toBe('');
  });
});

describe('the engine entry-point lint rule (state, ui and cli import only src/engine/index.ts)', () => {
  it.each(['src/state', 'src/ui', 'src/cli'])('reports an import of an engine module from %s', (folder) => {
    const report = lint(
      folder,
      "import { operationInfo } from '../../engine/s3/operation-catalog.ts';\nexport const x = operationInfo;\n",
    );
    expect(report).toMatch(/lint\/style\/noRestrictedImports/);
    expect(report).toContain('only through src/engine/index.ts');
  });

  it('reports a re-export of an engine module too', () => {
    const report = lint('src/ui', "export { createWorld } from '../../engine/world/create-world.ts';\n");
    expect(report).toContain('only through src/engine/index.ts');
  });

  it.each(['src/state', 'src/ui', 'src/cli'])('allows the entry point from %s', (folder) => {
    expect(
      lint(
        folder,
        "import { operationInfo } from '../../engine/index.ts';\nexport const x = operationInfo;\n",
      ),
    ).toBe('');
  });
});
