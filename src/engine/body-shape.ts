/**
 * What a request body may be, checked before any byte is allocated: the shapes of the scenario
 * format (docs/scenario-format.md "Request.body") and raw bytes, within MAX_REQUEST_BODY_BYTES.
 * Anything else is a clear refusal, never an exception deeper in the pipeline.
 */
import { formatBytes, MAX_REQUEST_BODY_BYTES, utf8Length } from './limits.ts';
import { err, ok, type Result } from './result.ts';
import type { BodySpec } from './types.ts';

export interface BodyRefusal {
  code: 'InvalidRequest' | 'EntityTooLarge';
  message: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

const tooLarge = (bytes: number, what: string): BodyRefusal => ({
  code: 'EntityTooLarge',
  message: `${what} is ${formatBytes(bytes)}; the simulator holds bodies in memory and accepts at most ${formatBytes(MAX_REQUEST_BODY_BYTES)} per request (S3 itself takes up to 5 GiB in one PUT).`,
});

/** The bytes a body spec expands to, counted without building them (0 for a JSON object). */
export function declaredBodyBytes(body: BodySpec | Uint8Array | undefined): number {
  if (body === undefined) return 0;
  if (body instanceof Uint8Array) return body.length;
  // A string of n code units is at most 3n bytes: most strings need no count at all.
  if (typeof body === 'string')
    return body.length * 3 <= MAX_REQUEST_BODY_BYTES ? body.length : utf8Length(body);
  const spec = body as Record<string, unknown>;
  if (typeof spec.repeat === 'string' && typeof spec.times === 'number' && spec.times > 0)
    return utf8Length(spec.repeat) * spec.times;
  if (typeof spec.base64 === 'string') return Math.floor((spec.base64.replace(/=+$/, '').length * 3) / 4);
  return 0;
}

/**
 * The number of bytes a body expands to, or why it is refused. `{repeat,times}` and `{base64}` are
 * recognised by their keys, so a malformed one is refused rather than sent as JSON text.
 */
export function checkBody(body: unknown): Result<number, BodyRefusal> {
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    if (!isPlainObject(body))
      return err({
        code: 'InvalidRequest',
        message: `The body must be text, {"repeat": text, "times": count}, {"base64": text} or a JSON object, not ${body === null ? 'null' : Array.isArray(body) ? 'a list' : typeof body}.`,
      });
    const shape = checkShape(body);
    if (shape) return err(shape);
  }
  const bytes = declaredBodyBytes(body as BodySpec | Uint8Array | undefined);
  if (bytes <= MAX_REQUEST_BODY_BYTES) return ok(bytes);
  const repeat = body as { times?: number };
  return err(
    tooLarge(
      bytes,
      typeof repeat.times === 'number'
        ? `The repeated body (${repeat.times.toLocaleString('en-US')} times)`
        : 'The body',
    ),
  );
}

function checkShape(body: Record<string, unknown>): BodyRefusal | undefined {
  if ('repeat' in body || 'times' in body) {
    const { repeat, times } = body;
    if (typeof repeat !== 'string' || Object.keys(body).length !== 2)
      return {
        code: 'InvalidRequest',
        message: 'A repeated body is {"repeat": text, "times": count} and nothing else.',
      };
    if (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 0)
      return {
        code: 'InvalidRequest',
        message: `"times" of a repeated body must be a whole number from 0 up, not ${JSON.stringify(times) ?? String(times)}.`,
      };
  }
  if ('base64' in body && Object.keys(body).length === 1 && typeof body.base64 !== 'string')
    return { code: 'InvalidRequest', message: 'A {"base64": ...} body must hold text.' };
  return undefined;
}
