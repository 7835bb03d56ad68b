import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * vite.config.ts tells the bundler that engine modules have no side effects on import, so the
 * first load keeps only what the page uses from the engine's barrel (issue 10). That holds only
 * while no engine module runs a statement at its top level (a registry filled on import, say):
 * this test keeps it true.
 */
const ENGINE = join(import.meta.dirname, '..', 'engine');

function engineSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return engineSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Statement kinds that only declare names (ESTree, as the bundler itself parses the module). */
const DECLARES = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ExportDefaultDeclaration',
  'VariableDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSEnumDeclaration',
  'TSModuleDeclaration',
  'TSDeclareFunction',
  'EmptyStatement',
]);

/** Top-level statements that run on import beyond declaring names. */
function statementsRunOnImport(source: string): string[] {
  return parseAst(source, { lang: 'ts' })
    .body.filter((statement) => !DECLARES.has(statement.type))
    .map((statement) => source.slice(statement.start, statement.end).split('\n')[0] ?? '');
}

describe('engine modules declare names and run nothing on import', () => {
  it.each([
    { source: 'registry.set("x", 1);\n', runs: true },
    { source: 'for (const x of xs) table.add(x);\n', runs: true },
    { source: 'export const table = new Map([["a", 1]]);\nexport function f() { g(); }\n', runs: false },
    { source: "import { a } from './a.ts';\nexport { a };\nexport type T = string;\n", runs: false },
  ])('the check flags `$source` as running on import: $runs', ({ source, runs }) => {
    expect(statementsRunOnImport(source).length > 0).toBe(runs);
  });

  it('holds for every module in src/engine', () => {
    const offenders = engineSources(ENGINE).flatMap((path) =>
      statementsRunOnImport(readFileSync(path, 'utf8')).map((line) => `${relative(ENGINE, path)}: ${line}`),
    );
    expect(offenders).toEqual([]);
  });
});
