/**
 * Placeholders (docs/scenario-format.md, "Request"): `{{uploadId}}`, `{{versionId:N}}`,
 * `{{awsManagedKeyArn}}` and `{{keyArn:ID}}`, replaced in every string of a request and of an
 * expectation. Values only exist while a scenario runs, so they are looked up as it goes.
 */

import { err, ok, type Result } from '../result.ts';
import { wentThrough } from '../s3/answer-status.ts';

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export type Placeholder =
  | { kind: 'uploadId' }
  | { kind: 'uploadIdOf'; step: number }
  | { kind: 'etag'; step: number }
  | { kind: 'versionId'; step: number }
  | { kind: 'awsManagedKeyArn' }
  | { kind: 'keyArn'; id: string };

/** The name between the braces, or undefined when it is not one of the placeholders. */
export function readPlaceholder(inner: string): Placeholder | undefined {
  if (inner === 'uploadId') return { kind: 'uploadId' };
  if (inner === 'awsManagedKeyArn') return { kind: 'awsManagedKeyArn' };
  const version = /^versionId:([0-9]+)$/.exec(inner);
  if (version?.[1] !== undefined) return { kind: 'versionId', step: Number(version[1]) };
  const upload = /^uploadId:([0-9]+)$/.exec(inner);
  if (upload?.[1] !== undefined) return { kind: 'uploadIdOf', step: Number(upload[1]) };
  const etag = /^etag:([0-9]+)$/.exec(inner);
  if (etag?.[1] !== undefined) return { kind: 'etag', step: Number(etag[1]) };
  const key = /^keyArn:(.+)$/.exec(inner);
  if (key?.[1] !== undefined) return { kind: 'keyArn', id: key[1] };
  return undefined;
}

/** What the placeholders stand for at this point of a run. */
export interface PlaceholderValues {
  /** UploadId of the latest successful CreateMultipartUpload. */
  uploadId?: string;
  /** `x-amz-version-id` returned by each step so far (undefined when it returned none). */
  versionIds: readonly (string | undefined)[];
  /** The UploadId each successful CreateMultipartUpload step returned, by step. */
  uploadIds?: readonly (string | undefined)[];
  /** The ETag each step returned (header, or the body's ETag for copies and Complete), by step. */
  etags?: readonly (string | undefined)[];
  awsManagedKeyArn(): string;
  keyArn(id: string): string | undefined;
}

function placeholderValue(placeholder: Placeholder, values: PlaceholderValues): Result<string, string> {
  switch (placeholder.kind) {
    case 'uploadId':
      return values.uploadId === undefined
        ? err('{{uploadId}} has no value: no CreateMultipartUpload has succeeded yet')
        : ok(values.uploadId);
    case 'uploadIdOf':
    case 'etag': {
      const id = (placeholder.kind === 'etag' ? values.etags : values.uploadIds)?.[placeholder.step];
      const name = placeholder.kind === 'etag' ? 'etag' : 'uploadId';
      return id === undefined
        ? err(
            `{{${name}:${placeholder.step}}} has no value: step ${placeholder.step} returned no ${placeholder.kind === 'etag' ? 'ETag' : 'UploadId'}`,
          )
        : ok(id);
    }
    case 'versionId': {
      const id = values.versionIds[placeholder.step];
      return id === undefined
        ? err(
            `{{versionId:${placeholder.step}}} has no value: step ${placeholder.step} returned no x-amz-version-id`,
          )
        : ok(id);
    }
    case 'awsManagedKeyArn':
      return ok(values.awsManagedKeyArn());
    case 'keyArn': {
      const arn = values.keyArn(placeholder.id);
      return arn === undefined
        ? err(`{{keyArn:${placeholder.id}}} has no value: no key has that id`)
        : ok(arn);
    }
  }
}

/**
 * Replaces every placeholder in `text`. `encode` transforms each value before insertion
 * (regular expressions take the values literally). Problems are collected, never thrown.
 */
export function substitute(
  text: string,
  values: PlaceholderValues,
  problems: string[],
  encode: (value: string) => string = (value) => value,
): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const placeholder = readPlaceholder(inner);
    if (placeholder === undefined) {
      problems.push(`${whole} is not a placeholder`);
      return whole;
    }
    const value = placeholderValue(placeholder, values);
    if (!value.ok) {
      problems.push(value.error);
      return whole;
    }
    return encode(value.value);
  });
}

/** Every string inside a JSON-like value (object keys kept as they are). */
export function substituteDeep<T>(value: T, replace: (text: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((item) => substituteDeep(item, replace)) as T;
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = substituteDeep(item, replace);
    return result as T;
  }
  return value;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * What a step's answer gives later placeholders: its ETag (the header of PutObject and UploadPart,
 * the body's `ETag` of CompleteMultipartUpload, `CopyPartResult`/`CopyObjectResult` of copies) and
 * the UploadId of a successful CreateMultipartUpload.
 */
export function answerValues(
  operation: string,
  response: { status: number; headers: Record<string, string>; body?: unknown },
): { etag?: string; uploadId?: string } {
  const body =
    typeof response.body === 'object' && response.body !== null
      ? (response.body as Record<string, unknown>)
      : {};
  const nested = (name: string) => {
    const inner = body[name];
    return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>).ETag : undefined;
  };
  const etag =
    response.headers.etag ??
    [body.ETag, nested('CopyPartResult'), nested('CopyObjectResult')].find(
      (value): value is string => typeof value === 'string',
    );
  const uploadId =
    operation === 'CreateMultipartUpload' && response.status === 200 && typeof body.UploadId === 'string'
      ? body.UploadId
      : undefined;
  return {
    ...(etag !== undefined && wentThrough(response.status) ? { etag } : {}),
    ...(uploadId ? { uploadId } : {}),
  };
}
