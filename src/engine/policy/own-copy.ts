/**
 * A string of its own, for the policy module's caches, which outlive every policy: a value cut out
 * of a policy's text can be a V8 slice (13 characters or more) that keeps the whole text alive,
 * and a cached entry would keep every edit of a large policy. Called only when a cache misses.
 */
export const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
