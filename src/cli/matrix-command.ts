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
import { adoptPastedPolicy } from '../state/aws-paste/policy-accounts.ts';
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

/** A policy file read and made to run here as in its account, as the app's paste does. */
interface PolicyInput {
  file: string;
  /** The file's text, and the policy in it (itself, or get-bucket-policy's "Policy" string). */
  text: string;
  original: string;
  /** The policy that runs: its bucket ARNs name this bucket. */
  policy: string;
}

function readPolicy(file: string): PolicyInput | string {
  const text = read(file);
  if ('problem' in text) return text.problem;
  const policy = policyText(text.text);
  return { file, text: text.text, original: policy, policy };
}

async function matrixFor(world: World, input: PolicyInput, args: MatrixArgs): Promise<MatrixResult | string> {
  const result = await runMatrix(world, {
    policy: input.policy,
    principals: args.principals,
    ...(args.key !== undefined ? { key: args.key } : {}),
  });
  if (result.ok) return result.value;
  // Places are in the file as written, before its bucket ARNs were renamed.
  const { at, detail } = refusalAt(input.file, input.text, input.original);
  return `${at}: S3 refuses this policy: ${result.error.code}: ${result.error.message}${detail}`;
}

/** With a --setup that names no account, a policy naming one other account makes it the owner. */
const ownerHint = (setupFile: string | undefined) => (account: string) =>
  `If ${account} owns the real bucket, run again with --setup ${setupFile ?? 'SETUP.json'} holding {"account": "${account}"}${setupFile ? ' (with the rest of it)' : ''}.`;

/**
 * The policies adopted as the app's paste adopts them (aws-paste/policy-accounts.ts): bucket ARNs,
 * the owner account, the users and roles they name; each change is said on stderr.
 */
function adoptAll(setup: Setup, inputs: PolicyInput[], args: MatrixArgs) {
  let next = setup;
  const notes: string[] = [];
  const policies = inputs.map((input, index) => {
    const adoption = adoptPastedPolicy(input.policy, next, {
      // The --setup file's account, or the one the first policy made the owner, stays.
      keepAccount: setup.account !== undefined || index > 0,
      ownerHint: ownerHint(args.setup),
    });
    next = adoption.setup;
    notes.push(...adoption.changes.map((line) => `${input.file}: ${line}`));
    return { ...input, policy: adoption.policyText };
  });
  return { setup: next, policies, notes };
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
  const inputs: PolicyInput[] = [];
  for (const file of [args.policy, ...(args.against !== undefined ? [args.against] : [])]) {
    const input = readPolicy(file);
    if (typeof input === 'string') return fail(input);
    inputs.push(input);
  }
  const adopted = adoptAll(setup, inputs, args);
  const notes = adopted.notes.map((line) => `${line}\n`).join('');
  const made = await createWorld(adopted.setup, deterministicDeps());
  if (!made.ok) {
    return fail(made.error.map((p) => `${args.setup ?? 'setup'}: ${p.path}: ${p.message}`).join('\n'));
  }
  const [policy, against] = adopted.policies as [PolicyInput, PolicyInput | undefined];
  const after = await matrixFor(made.value, policy, args);
  if (typeof after === 'string') return { ...fail(after), stderr: `${notes}${after}\n` };
  if (against === undefined) return { code: 0, stdout: formatMatrix(args.format, after), stderr: notes };
  const before = await matrixFor(made.value, against, args);
  if (typeof before === 'string') return { ...fail(before), stderr: `${notes}${before}\n` };
  const diff = diffMatrices(before.cells, after.cells);
  return { code: 0, stdout: formatMatrix(args.format, after, diff), stderr: notes };
}
