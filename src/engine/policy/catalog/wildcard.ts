/**
 * IAM wildcard matching: `*` matches any run of characters (also none), `?` exactly one. Used for
 * Action names (case-insensitive) and Resource ARNs (case-sensitive). Iterative with one
 * backtrack point, so a hostile pattern cannot make it slow.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Most patterns name one thing: without `*` or `?` they match only the same text.
  if (!p.includes('*') && !p.includes('?')) return p === v;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      resume = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++resume;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it is certain to exceed `limit` (so a long or
 * unrelated name costs little).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      row[j] = value;
      rowMin = Math.min(rowMin, value);
      diagonal = above;
    }
    if (rowMin > limit) return limit + 1;
  }
  return row[b.length] ?? 0;
}

/**
 * The closest candidate (case-insensitive) within a distance that still reads as a typo: at most
 * 2 edits, or 3 for long names. Undefined when nothing is close.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = name.length > 12 ? 3 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
