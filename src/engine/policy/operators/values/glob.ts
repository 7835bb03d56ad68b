/**
 * IAM wildcards: `*` matches any run of characters (empty included), `?` exactly one. In our glob
 * text a backslash escapes the next character, so literal `*`, `?` and `\` survive variable
 * substitution. Patterns compile once into a test function (string equality when there is no
 * wildcard, a regular expression otherwise), cached: the same patterns come back on every request.
 */
import { ownCopy } from '../../own-copy.ts';

export type TextTest = (text: string) => boolean;

const cache = new Map<string, TextTest>();
const CACHE_LIMIT = 5000;

/** Escapes text so every character of it is matched literally. */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?]/g, (c) => `\\${c}`);
}

/** The text a glob matches when it has no wildcard, or undefined when it has one. */
function globLiteral(glob: string): string | undefined {
  if (!/[\\*?]/.test(glob)) return glob;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out += glob[++i];
    } else if (c === '*' || c === '?') {
      return undefined;
    } else {
      out += c;
    }
  }
  return out;
}

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function toRegExp(glob: string, ignoreCase: boolean): RegExp {
  let source = '^';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '\\' && i + 1 < glob.length) source += escapeRegExp(glob[++i] as string);
    else if (c === '*') source += '[\\s\\S]*';
    else if (c === '?') source += '[\\s\\S]';
    else source += escapeRegExp(c);
  }
  return new RegExp(`${source}$`, ignoreCase ? 'i' : '');
}

function build(glob: string, ignoreCase: boolean): TextTest {
  if (glob === '*') return () => true;
  const literal = globLiteral(glob);
  if (literal !== undefined) {
    if (!ignoreCase) return (text) => text === literal;
    const lower = literal.toLowerCase();
    return (text) => text.length === lower.length && text.toLowerCase() === lower;
  }
  // The most common pattern, `prefix*` (`arn:aws:s3:::bucket/*`, `s3:Get*`), needs no regex.
  const prefix = glob.endsWith('*') ? globLiteral(glob.slice(0, -1)) : undefined;
  if (prefix !== undefined && !glob.endsWith('\\*')) {
    if (!ignoreCase) return (text) => text.startsWith(prefix);
    const lower = prefix.toLowerCase();
    return (text) => text.toLowerCase().startsWith(lower);
  }
  const regex = toRegExp(glob, ignoreCase);
  return (text) => regex.test(text);
}

/** The test for a glob; case-insensitive matching is for action names. */
export function compileGlob(glob: string, ignoreCase = false): TextTest {
  const cacheKey = (ignoreCase ? 'i' : 's') + glob;
  let test = cache.get(cacheKey);
  if (!test) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // The test's closure and the key keep copies, not the policy text the glob was cut from.
    test = build(ownCopy(glob), ignoreCase);
    cache.set(ownCopy(cacheKey), test);
  }
  return test;
}
