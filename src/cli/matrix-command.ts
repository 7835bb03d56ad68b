/**
 * The request matrix on the command line: the grid for a policy, or with `--against` the cells
 * whose answer changes. Exit 0 when it printed, 2 when an input is unreadable, invalid or refused
 * by S3 (the message names the file and what is wrong).
 */
import { readFileSync } from 'node:fs';
import {
  createWorld,
  deterministicDeps,
  diffMatrices,
  formatMatrix,
  type MatrixResult,
  parseSetupFile,
  runMatrix,
  type Setup,
  type World,
} from '../engine/index.ts';
import type { MatrixArgs } from './matrix-args.ts';

export type Printed = { code: 0 | 2; stdout: string; stderr: string };

const fail = (message: string): Printed => ({ code: 2, stdout: '', stderr: `${message}\n` });

function read(file: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { problem: `${file}: cannot read (${(error as Error).message})` };
  }
}

/** A policy file, or what `aws s3api get-bucket-policy` prints (the policy as the string `Policy`). */
export function policyText(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    const policy = (value as { Policy?: unknown } | null)?.Policy;
    if (
      typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length === 1 &&
      typeof policy === 'string'
    ) {
      return policy;
    }
  } catch {
    // Not JSON: S3's own MalformedPolicy answer says so, with the matrix's refusal.
  }
  return text;
}

async function matrixFor(world: World, file: string, args: MatrixArgs): Promise<MatrixResult | string> {
  const text = read(file);
  if ('problem' in text) return text.problem;
  const result = await runMatrix(world, {
    policy: policyText(text.text),
    principals: args.principals,
    ...(args.key !== undefined ? { key: args.key } : {}),
  });
  return result.ok
    ? result.value
    : `${file}: S3 refuses this policy: ${result.error.code}: ${result.error.message}`;
}

export async function matrixCommand(args: MatrixArgs): Promise<Printed> {
  let setup: Setup = {};
  if (args.setup !== undefined) {
    const text = read(args.setup);
    if ('problem' in text) return fail(text.problem);
    const parsed = parseSetupFile(text.text);
    if (!parsed.ok) {
      const lines = parsed.error.map((e) => {
        const at = e.position ? `:${e.position.line}:${e.position.column}` : '';
        return `${args.setup}${at}: ${e.path ? `${e.path}: ` : ''}${e.message}`;
      });
      return fail(lines.join('\n'));
    }
    setup = parsed.value;
  }
  const made = await createWorld(setup, deterministicDeps());
  if (!made.ok) {
    return fail(made.error.map((p) => `${args.setup ?? 'setup'}: ${p.path}: ${p.message}`).join('\n'));
  }
  const after = await matrixFor(made.value, args.policy, args);
  if (typeof after === 'string') return fail(after);
  if (args.against === undefined) return { code: 0, stdout: formatMatrix(args.format, after), stderr: '' };
  const before = await matrixFor(made.value, args.against, args);
  if (typeof before === 'string') return fail(before);
  const diff = diffMatrices(before.cells, after.cells);
  return { code: 0, stdout: formatMatrix(args.format, after, diff), stderr: '' };
}
