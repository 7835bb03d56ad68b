import type { Step } from '../../engine/index.ts';

/**
 * The policy a lesson step applies, as the trainer shows it to the room: the step's own request
 * body (a bucket policy, or a key policy's `Policy`), pretty-printed as read-only text. A body that
 * is not a policy written in the lesson (bytes given as base64 or a repeated string) shows nothing.
 */
export function stepPolicy(request: Step['request']): { label: string; text: string } | undefined {
  if (request.operation === 'PutBucketPolicy') return shown('Bucket policy this step applies', request.body);
  if (request.operation === 'kms:PutKeyPolicy') {
    const body: unknown = request.body;
    const policy = typeof body === 'object' && body !== null && 'Policy' in body ? body.Policy : undefined;
    return shown('Key policy this step applies', policy);
  }
  return undefined;
}

function shown(label: string, policy: unknown): { label: string; text: string } | undefined {
  if (typeof policy === 'string') {
    if (policy.trim() === '') return undefined;
    try {
      return { label, text: JSON.stringify(JSON.parse(policy), null, 2) };
    } catch {
      // A policy S3 refuses as malformed is worth showing as it is written.
      return { label, text: policy };
    }
  }
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return undefined;
  if ('base64' in policy || 'repeat' in policy) return undefined;
  return { label, text: JSON.stringify(policy, null, 2) };
}
