import { type JsonNode, toPlainValue } from '../parse/json-node.ts';
import type { ProblemSink } from '../parse/problem-sink.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Phase } from '../parse/s3-order.ts';

/** S3's bucket-policy size limit (S3 User Guide, "Bucket policy examples": 20 KB). */
export const MAX_POLICY_BYTES = 20480;

/**
 * S3 checks the literal first byte: leading whitespace or a byte-order mark fails although the
 * rest is valid JSON (conformance obs-put-policy-leading-newline, obs-put-policy-file-name-instead-of-file).
 */
export function checkFirstByte(text: string, sink: ProblemSink): void {
  if (text.startsWith('{')) return;
  const brace = text.search(/\S/);
  const leading = brace > 0 && text[brace] === '{';
  const firstSpace = text.search(/\s/);
  const firstWordEnd = firstSpace < 0 ? text.length : Math.max(1, firstSpace);
  sink.add({
    severity: 'error',
    code: leading ? 'leading-characters' : 'not-an-object',
    message: leading
      ? `S3 requires '{' as the very first byte: remove the ${brace} character(s) before it`
      : "A bucket policy is a JSON object: it must start with '{'",
    start: 0,
    end: leading ? brace : Math.min(text.length, firstWordEnd),
    rank: [Phase.FirstByte],
    s3Message: S3Messages.firstByte,
  });
}

/**
 * The 20 KB limit, measured on S3's normalised form. We measure the compact JSON (whitespace
 * removed), which is an upper bound: S3's own form is somewhat smaller, so a policy a little
 * over 20 KB compact may still be accepted by S3 (conformance cortx-put-policy-over-20kb).
 */
export function checkSize(root: JsonNode, sink: ProblemSink): void {
  const bytes = new TextEncoder().encode(JSON.stringify(toPlainValue(root))).length;
  if (bytes <= MAX_POLICY_BYTES) return;
  sink.add({
    severity: 'error',
    code: 'policy-too-large',
    message: `The policy is ${bytes} bytes without whitespace; S3 allows ${MAX_POLICY_BYTES}. Merge statements or use wildcards`,
    start: root.start,
    end: root.start + 1,
    rank: [Phase.Size],
    s3Message: S3Messages.tooLarge,
  });
}
