import { compactJsonBytes } from '../parse/compact-size.ts';
import type { JsonNode } from '../parse/json-node.ts';
import type { ProblemSink } from '../parse/problem-sink.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Phase } from '../parse/s3-order.ts';

/** S3's bucket-policy size limit (S3 User Guide, "Bucket policy examples": 20 KB). */
export const MAX_POLICY_BYTES = 20480;

/**
 * The most a policy may hold, without whitespace, before the playground analyses it. S3 measures
 * its own normalised form, which runs smaller than compact JSON (24,620 compact bytes were seen
 * accepted), so the cut-off leaves twice S3's limit: anything over it is refused without parsing,
 * and a huge paste cannot freeze the editor (issue 12, "limits before work"). Key policies (KMS:
 * 32 KB) and identity policies get the same headroom over their own limits.
 */
export const MAX_ANALYSED_POLICY_BYTES = 2 * 32 * 1024;
const MAX_ANALYSED_BUCKET_POLICY_BYTES = 2 * MAX_POLICY_BYTES;

/** Bytes other than JSON whitespace, counted up to just past `cap` (a 50 MB paste stops early). */
function bytesWithoutWhitespace(text: string, cap: number): number {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: a short text is under the cap without a scan.
  if (text.length * 3 <= cap) return text.length * 3;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= cap; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** True (and one problem reported) when the text is too large to analyse at all. */
export function refuseOversizedText(text: string, bucketPolicy: boolean, sink: ProblemSink): boolean {
  const cap = bucketPolicy ? MAX_ANALYSED_BUCKET_POLICY_BYTES : MAX_ANALYSED_POLICY_BYTES;
  const bytes = bytesWithoutWhitespace(text, cap);
  if (bytes <= cap) return false;
  sink.add({
    code: 'policy-too-large',
    message: bucketPolicy
      ? `The policy holds more than ${cap} bytes without whitespace; S3 allows ${MAX_POLICY_BYTES}, so the playground does not analyse it. Merge statements or use wildcards`
      : `The policy holds more than ${cap} bytes without whitespace, too large to analyse. Merge statements or use wildcards`,
    start: 0,
    end: Math.min(text.length, 1),
    rank: [Phase.Size],
    s3Message: S3Messages.tooLarge,
  });
  return true;
}

/**
 * S3 checks the literal first byte: leading whitespace or a byte-order mark fails although the
 * rest is valid JSON (conformance obs-put-policy-leading-newline, obs-put-policy-file-name-instead-of-file).
 */
export function checkFirstByte(text: string, sink: ProblemSink): void {
  if (text.charCodeAt(0) === 0x7b /* { */) return;
  const brace = text.search(/\S/);
  const leading = brace > 0 && text[brace] === '{';
  const firstSpace = text.search(/\s/);
  const firstWordEnd = firstSpace < 0 ? text.length : Math.max(1, firstSpace);
  sink.add({
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

const MAX_EXPANSION = 6;

/**
 * The 20 KB limit, measured on S3's normalised form. We measure the compact JSON (whitespace
 * removed), which is an upper bound: S3's own form is somewhat smaller, so a policy a little
 * over 20 KB compact may still be accepted by S3 (conformance cortx-put-policy-over-20kb).
 */
export function checkSize(root: JsonNode, text: string, sink: ProblemSink): void {
  // The compact form is at most 6 bytes per character of the text (a lone surrogate or a control
  // character becomes a 6-byte escape; `1e20`, 4 characters, becomes 21 digits): a text that short
  // cannot be over the limit, and is not measured.
  if (text.length * MAX_EXPANSION <= MAX_POLICY_BYTES) return;
  const bytes = compactJsonBytes(root);
  if (bytes <= MAX_POLICY_BYTES) return;
  sink.add({
    code: 'policy-too-large',
    message: `The policy is ${bytes} bytes without whitespace; S3 allows ${MAX_POLICY_BYTES}. Merge statements or use wildcards`,
    start: root.start,
    end: root.start + 1,
    rank: [Phase.Size],
    s3Message: S3Messages.tooLarge,
  });
}
