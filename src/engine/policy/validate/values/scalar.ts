/**
 * Values that IAM reads as numbers, dates, booleans and base64 (IAM condition operators). S3 does
 * not check these types when the policy is written (Scality cloudserver#5501 records AWS storing
 * a non-numeric s3:object-lock-remaining-retention-days), but a value that does not parse never
 * matches, so the editor flags it.
 */
export function numericValueProblem(value: string): string | undefined {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())
    ? undefined
    : `"${value}" is not a number`;
}

/** ISO 8601 (date, or date and time with an optional zone) or epoch seconds. */
export function dateValueProblem(value: string): string | undefined {
  if (/^\d+$/.test(value)) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  if (iso.test(value) && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))) {
    return undefined;
  }
  return `"${value}" is not a date: use ISO 8601 (2026-01-31T12:00:00Z) or epoch seconds`;
}

/** Bool and Null compare with "true" or "false" (IAM compares case-insensitively). */
export function boolValueProblem(value: string): string | undefined {
  const lower = value.toLowerCase();
  return lower === 'true' || lower === 'false' ? undefined : `"${value}" is not "true" or "false"`;
}

export function binaryValueProblem(value: string): string | undefined {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(value) && value.length % 4 === 0
    ? undefined
    : `"${value}" is not base64`;
}

/** ARN operators compare six colon-separated parts; wildcards are allowed in each. */
export function arnValueProblem(value: string): string | undefined {
  if (value === '*') return undefined;
  return value.startsWith('arn:') && value.split(':').length >= 6
    ? undefined
    : `"${value}" is not an ARN (arn:partition:service:region:account:resource)`;
}
