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
  parsePolicy,
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

/**
 * Where the policy goes wrong, as the editor shows it (`:line:column` and its message): S3's own
 * answer names no place. Inside get-bucket-policy output the place is in its "Policy" string.
 */
function refusalAt(file: string, text: string, policy: string): { at: string; detail: string } {
  const first = parsePolicy(policy).diagnostics.find((d) => d.severity === 'error');
  if (!first) return { at: file, detail: '' };
  const { line, column } = first.range.start;
  return policy === text
    ? { at: `${file}:${line}:${column}`, detail: ` (${first.message})` }
    : { at: file, detail: ` (its "Policy" string, line ${line}, column ${column}: ${first.message})` };
}

async function matrixFor(world: World, file: string, args: MatrixArgs): Promise<MatrixResult | string> {
  const text = read(file);
  if ('problem' in text) return text.problem;
  const policy = policyText(text.text);
  const result = await runMatrix(world, {
    policy,
    principals: args.principals,
    ...(args.key !== undefined ? { key: args.key } : {}),
  });
  if (result.ok) return result.value;
  const { at, detail } = refusalAt(file, text.text, policy);
  return `${at}: S3 refuses this policy: ${result.error.code}: ${result.error.message}${detail}`;
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
