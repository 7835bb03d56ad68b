/**
 * Whether the policy in the editor differs from the one the bucket holds. "Send request" applies
 * a pending policy first (PutBucketPolicy, or DeleteBucketPolicy for an empty editor), so what the
 * editor shows is what the request is judged by, and a policy S3 refuses shows S3's refusal.
 */
import type { RequestInput, WorldSnapshot } from '../engine/index.ts';
import { ownBucket } from './own-bucket.ts';

/** The same document up to white space and member order is not a change (S3 re-serialises policies). */
function canonical(text: string): string | null {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return null;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** The request that brings the bucket in line with the editor, or null when nothing is pending. */
export function pendingPolicyRequest(
  editorText: string,
  snapshot: WorldSnapshot | null,
): RequestInput | null {
  if (!snapshot) return null;
  return policyRequestFor(editorText, ownBucket(snapshot)?.policyText ?? null);
}

/** The request that makes a bucket holding `stored` (null: no policy) hold the editor's policy. */
export function policyRequestFor(editorText: string, stored: string | null): RequestInput | null {
  if (editorText.trim() === '') return stored === null ? null : { operation: 'DeleteBucketPolicy' };
  if (stored !== null) {
    const edited = canonical(editorText);
    if (edited !== null && edited === canonical(stored)) return null;
  }
  return { operation: 'PutBucketPolicy', body: editorText };
}
