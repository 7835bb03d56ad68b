/**
 * A time as ISO 8601 to the second, `2026-01-01T00:00:00Z`: how IAM shows aws:CurrentTime, how
 * CloudTrail writes eventTime, and how S3 words the times in a signature error. One request formats
 * the same second several times (its S3 and KMS request contexts, each audit event), so the last
 * second formatted is kept: `Date#toISOString` was a measurable share of a small PUT.
 */
let last = { second: Number.NaN, text: '' };

export function isoSeconds(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== last.second) {
    last = { second, text: new Date(second * 1000).toISOString().replace('.000Z', 'Z') };
  }
  return last.text;
}
