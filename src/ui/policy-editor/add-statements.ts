/**
 * Adds snippet statements to the policy text. Only a policy that parses as a JSON object is
 * changed (re-printed with two-space indentation); otherwise the user's text is left as it is and
 * the reason comes back, so no work is lost.
 */
import { err, type JsonObject, type JsonValue, ok, type Result } from '../../engine/index.ts';

const EMPTY_POLICY = { Version: '2012-10-17', Statement: [] as JsonValue[] };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function addStatements(text: string, statements: readonly JsonObject[]): Result<string, string> {
  if (text.trim() === '') {
    return ok(`${JSON.stringify({ ...EMPTY_POLICY, Statement: [...statements] }, null, 2)}\n`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return err('The policy is not valid JSON yet: fix the marked problem first, then add the snippet.');
  }
  if (!isObject(parsed)) return err('The policy must be a JSON object to add statements to it.');
  const current = parsed.Statement;
  const existing: JsonValue[] = current === undefined ? [] : Array.isArray(current) ? current : [current];
  const sids = new Set(existing.filter(isObject).map((statement) => statement.Sid));
  const added = statements.filter((statement) => !sids.has(statement.Sid));
  if (added.length === 0) return err('The policy already has these statements (same Sid).');
  const next = { ...parsed, Statement: [...existing, ...added] };
  return ok(`${JSON.stringify(next, null, 2)}\n`);
}
