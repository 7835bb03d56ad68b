import { keyValues, type RequestContext } from '../context/types.ts';
import type { PolicyValue } from '../operators/types.ts';
import { escapeGlob } from '../operators/values/glob.ts';

/**
 * Policy variables in Resource and in string/ARN condition values: `${aws:username}` takes the
 * key's value; `${*}`, `${?}` and `${$}` stand for a literal `*`, `?` and `$`; `${key, 'default'}`
 * gives a value when the key is absent (`''` inside the quotes is one quote). A key that is absent
 * or has several values, with no default, cannot be substituted, and IAM then says "any attempt to
 * match it fails and causes the statement to be invalid".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
export type ResolvedValue = { ok: true; value: PolicyValue } | { ok: false; variable: string };

const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

function parseDefault(text: string): string | undefined {
  const t = text.trim();
  if (t.length < 2 || !t.startsWith("'") || !t.endsWith("'")) return undefined;
  const inner = t.slice(1, -1);
  if (inner.replace(/''/g, '').includes("'")) return undefined;
  return inner.replace(/''/g, "'");
}

function substitute(inner: string, context: RequestContext): string | undefined {
  const trimmed = inner.trim();
  const special = SPECIAL[trimmed];
  if (special !== undefined) return special;
  const comma = trimmed.indexOf(',');
  const name = (comma < 0 ? trimmed : trimmed.slice(0, comma)).trim();
  const values = keyValues(context, name);
  if (values && values.length === 1) return values[0];
  return comma < 0 ? undefined : parseDefault(trimmed.slice(comma + 1));
}

export function resolvePolicyValue(raw: string, context: RequestContext): ResolvedValue {
  if (!raw.includes('${')) return { ok: true, value: { literal: raw, glob: raw.replace(/\\/g, '\\\\') } };
  let literal = '';
  let glob = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('${', i);
    const end = start < 0 ? -1 : raw.indexOf('}', start + 2);
    if (start < 0 || end < 0) {
      const rest = raw.slice(i);
      literal += rest;
      glob += rest.replace(/\\/g, '\\\\');
      break;
    }
    const before = raw.slice(i, start);
    literal += before;
    glob += before.replace(/\\/g, '\\\\');
    const inner = raw.slice(start + 2, end);
    const value = substitute(inner, context);
    if (value === undefined) return { ok: false, variable: `\${${inner}}` };
    literal += value;
    glob += escapeGlob(value);
    i = end + 1;
  }
  return { ok: true, value: { literal, glob } };
}

/** For operators that take no variables: the text as written. */
export function literalPolicyValue(raw: string): PolicyValue {
  return { literal: raw, glob: raw.replace(/\\/g, '\\\\') };
}
