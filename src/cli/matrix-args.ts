/**
 * `npm run scenarios -- --matrix --policy POLICY.json [--setup SETUP.json] [--against OLD.json]
 * [--format text|md|csv|json] [--principals] [--key KEY]`.
 */
import { err, MATRIX_FORMATS, type MatrixFormat, ok, type Result } from '../engine/index.ts';

export interface MatrixArgs {
  policy: string;
  setup?: string;
  against?: string;
  format: MatrixFormat;
  principals: boolean;
  key?: string;
}

export const MATRIX_USAGE =
  'usage: npm run scenarios -- --matrix --policy POLICY.json [--setup SETUP.json] [--against OLD_POLICY.json] [--format text|md|csv|json] [--principals] [--key OBJECT_KEY]';

const VALUED = new Set(['--policy', '--setup', '--against', '--format', '--key']);

export function parseMatrixArgs(argv: readonly string[]): Result<MatrixArgs, string> {
  const values = new Map<string, string>();
  let principals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--matrix' || arg === '--') continue;
    if (arg === '--principals') {
      principals = true;
      continue;
    }
    if (!VALUED.has(arg)) return err(`unknown argument ${arg}\n${MATRIX_USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return err(`${arg} needs a value\n${MATRIX_USAGE}`);
    if (values.has(arg)) return err(`${arg} is given twice\n${MATRIX_USAGE}`);
    values.set(arg, value);
    i++;
  }
  const policy = values.get('--policy');
  if (policy === undefined) return err(`--matrix needs --policy POLICY.json\n${MATRIX_USAGE}`);
  const format = values.get('--format') ?? 'text';
  if (!(MATRIX_FORMATS as readonly string[]).includes(format)) {
    return err(`--format must be one of ${MATRIX_FORMATS.join(', ')}, not ${format}\n${MATRIX_USAGE}`);
  }
  const setup = values.get('--setup');
  const against = values.get('--against');
  const key = values.get('--key');
  return ok({
    policy,
    format: format as MatrixFormat,
    principals,
    ...(setup !== undefined ? { setup } : {}),
    ...(against !== undefined ? { against } : {}),
    ...(key !== undefined ? { key } : {}),
  });
}
