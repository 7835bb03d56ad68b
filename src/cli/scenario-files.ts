/**
 * Finding and reading scenario files: a folder is walked for `*.json` (sorted, so runs are
 * repeatable); every file is parsed before anything runs, so one bad file stops the run with all
 * of its errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenarioFile, type Scenario } from '../engine/index.ts';

export interface LoadedFile {
  file: string;
  scenarios: Scenario[];
}

export interface FileProblem {
  file: string;
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

/** What the project ships: the conformance suites and the lessons. */
export const SHIPPED_FOLDERS = ['../scenarios/conformance', '../scenarios/lessons'].map((folder) =>
  fileURLToPath(new URL(folder, import.meta.url)),
);

export function loadScenarioFiles(paths: readonly string[]): {
  files: LoadedFile[];
  problems: FileProblem[];
} {
  const problems: FileProblem[] = [];
  const files: LoadedFile[] = [];
  for (const file of paths.flatMap((path) => expand(path, problems))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({
        file,
        message: `cannot be read: ${errorText(error)}`,
      });
      continue;
    }
    const parsed = parseScenarioFile(text);
    if (parsed.ok) files.push({ file, scenarios: parsed.value });
    else {
      for (const error of parsed.error) {
        problems.push({
          file,
          path: error.path,
          message: error.message,
          ...(error.position === undefined
            ? {}
            : { line: error.position.line, column: error.position.column }),
        });
      }
    }
  }
  return { files, problems };
}

function expand(path: string, problems: FileProblem[]): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    problems.push({
      file: path,
      message: missing ? 'does not exist' : `cannot be read: ${errorText(error)}`,
    });
    return [];
  }
  if (!isFolder) return [path];
  const found = walk(path);
  if (found.length === 0) problems.push({ file: path, message: 'holds no *.json file' });
  return found;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.json') ? [path] : [];
    });
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
