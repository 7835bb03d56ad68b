import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT_VERSION } from '../engine/index.ts';

// Each case starts Node with tsx and the whole engine: seconds, not milliseconds.
const CHILD_PROCESS_TIMEOUT_MS = 60_000;

// The runner is a real child process (tsx, as `npm run scenarios` starts it) on fixture files.
const CLI = fileURLToPath(new URL('./scenarios.ts', import.meta.url));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const passing = {
  id: 'default-is-sse-s3',
  title: 'A new bucket reports SSE-S3',
  steps: [
    {
      request: { operation: 'GetBucketEncryption' },
      expect: { status: 200, body: { 'Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm': 'AES256' } },
    },
  ],
};
const failing = {
  id: 'wrong-status',
  title: 'Expects a status S3 does not give',
  steps: [{ request: { operation: 'GetBucketEncryption' }, expect: { status: 404 } }],
};

let dir = '';
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scenario-cli-'));
  writeFileSync(at('pass.json'), JSON.stringify(passing));
  writeFileSync(at('fail.json'), JSON.stringify({ scenarios: [passing, failing] }));
  writeFileSync(
    at('invalid.json'),
    '{\n  "id": "Not Valid",\n  "title": "t",\n  "steps": [{"request": {"operation": "GetBucketEncryption"}}]\n}',
  );
  writeFileSync(at('broken-json.json'), '{"id": "x",');
  writeFileSync(
    at('newer.json'),
    '{\n  "format": 99,\n  "scenarios": [{"id": "x", "title": "t", "later": 1}]\n}',
  );
  writeFileSync(at('v1.json'), JSON.stringify({ format: 1, scenarios: [passing] }));
  mkdirSync(at('folder/nested'), { recursive: true });
  writeFileSync(at('folder/a.json'), JSON.stringify(passing));
  writeFileSync(at('folder/nested/b.json'), JSON.stringify({ ...passing, id: 'nested-one' }));
  writeFileSync(at('folder/notes.txt'), 'not a scenario');
  mkdirSync(at('empty'));
});

describe('npm run scenarios', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it.each([
    {
      name: 'exits 0 and prints PASS when every scenario passes',
      args: () => [at('pass.json')],
      code: 0,
      stdout: 'PASS default-is-sse-s3\n1 passed, 0 failed\n',
    },
    {
      name: 'exits 1 and prints the step that falls short with what was expected and got',
      args: () => [at('fail.json')],
      code: 1,
      stdout:
        'PASS default-is-sse-s3\nFAIL wrong-status\n  wrong-status step 0: status: expected 404, got 200\n1 passed, 1 failed\n',
    },
    {
      name: 'runs a file that says it is format version 1 as it runs one that says nothing',
      args: () => [at('v1.json')],
      code: 0,
      stdout: 'PASS default-is-sse-s3\n1 passed, 0 failed\n',
    },
    {
      name: 'walks folders for *.json files, nested ones included, in name order',
      args: () => [at('folder')],
      code: 0,
      stdout: 'PASS default-is-sse-s3\nPASS nested-one\n2 passed, 0 failed\n',
    },
  ])('$name', async ({ args, code, stdout }) => {
    const result = await runCli(args());
    expect(result).toEqual({ code, stdout, stderr: '' });
  });

  it.each([
    {
      name: 'exits 2 for an invalid file, naming the file, line, column, JSON path and problem',
      args: () => [at('pass.json'), at('invalid.json')],
      stderr: () =>
        `${at('invalid.json')}:2:9: id: must be lower-case letters, digits and hyphens ([a-z0-9-]+), not "Not Valid"\n`,
    },
    {
      name: 'exits 2 for a file that is not JSON, with the line and column',
      args: () => [at('broken-json.json')],
      stderr: () =>
        `${at('broken-json.json')}:1:12: (top level): invalid JSON: expected a member name in double quotes, found the end of input\n`,
    },
    {
      name: 'exits 2 for a newer format version, naming it at "format" and nothing else',
      args: () => [at('newer.json')],
      stderr: () =>
        `${at('newer.json')}:2:13: format: is 99: the file is written in scenario format version 99, newer than this playground reads (versions 1 to ${SCENARIO_FORMAT_VERSION}); open it in a newer playground\n`,
    },
    {
      name: 'exits 2 for a path that does not exist',
      args: () => [at('missing.json')],
      stderr: () => `${at('missing.json')}: does not exist\n`,
    },
    {
      name: 'exits 2 for a folder without scenario files',
      args: () => [at('empty')],
      stderr: () => `${at('empty')}: holds no *.json file\n`,
    },
    {
      name: 'exits 2 for an unknown option',
      args: () => ['--jsn'],
      stderr: () => 'unknown option --jsn\nusage: npm run scenarios -- [--json] FILE_OR_FOLDER...\n',
    },
  ])('$name', async ({ args, stderr }) => {
    const result = await runCli(args());
    expect(result).toEqual({ code: 2, stdout: '', stderr: stderr() });
  });

  it('prints one JSON document with --json', async () => {
    const result = await runCli(['--json', at('fail.json')]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      scenarios: [
        {
          id: 'default-is-sse-s3',
          passed: true,
          steps: [
            { status: 200, errorCode: null, headers: expect.any(Object), passed: true, mismatches: [] },
          ],
        },
        {
          id: 'wrong-status',
          passed: false,
          steps: [
            {
              status: 200,
              errorCode: null,
              headers: expect.any(Object),
              passed: false,
              mismatches: [{ field: 'status', expected: '404', got: '200' }],
            },
          ],
        },
      ],
      passed: 1,
      failed: 1,
    });
  });

  it('prints the file errors as JSON with --json and exits 2', async () => {
    const result = await runCli(['--json', at('invalid.json')]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      errors: [
        {
          file: at('invalid.json'),
          path: 'id',
          line: 2,
          column: 9,
          message: expect.stringContaining('must be lower-case'),
        },
      ],
    });
  });
});
