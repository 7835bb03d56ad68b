/**
 * Conditional reads on GetObject and HeadObject, in the order S3 documents (API GetObject
 * IfMatch/IfNoneMatch/IfModifiedSince/IfUnmodifiedSince, RFC 7232 §6):
 * 1. If-Match false: 412 (If-Unmodified-Since is then not looked at);
 * 2. else If-Unmodified-Since false: 412;
 * 3. If-None-Match true for the stored ETag: 304 (If-Modified-Since is then not looked at);
 * 4. else If-Modified-Since false: 304.
 * "If both If-Match and If-Unmodified-Since are present ... If-Match evaluates to true and
 * If-Unmodified-Since to false, S3 returns 200"; likewise If-None-Match false with
 * If-Modified-Since true returns 304. A date S3 cannot parse is ignored, as HTTP says.
 */
import type { HeaderBag } from '../header-bag.ts';
import { anyEtagMatches } from './etag-match.ts';

export type ReadConditionVerdict =
  | { outcome: 'proceed'; evaluated: string[] }
  | { outcome: 'precondition-failed'; condition: 'If-Match' | 'If-Unmodified-Since' }
  | { outcome: 'not-modified'; condition: 'If-None-Match' | 'If-Modified-Since' };

/** Seconds resolution: HTTP dates carry whole seconds, Last-Modified too. */
const seconds = (ms: number) => Math.floor(ms / 1000);

function httpDateSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : seconds(ms);
}

export function evaluateReadConditions(
  headers: HeaderBag,
  stored: { etag: string; lastModifiedMs: number },
): ReadConditionVerdict {
  const evaluated: string[] = [];
  const modified = seconds(stored.lastModifiedMs);
  const ifMatch = headers.get('if-match');
  if (ifMatch !== undefined) {
    evaluated.push('If-Match');
    if (!anyEtagMatches(ifMatch, stored.etag))
      return { outcome: 'precondition-failed', condition: 'If-Match' };
  } else {
    const since = httpDateSeconds(headers.get('if-unmodified-since'));
    if (since !== undefined) {
      evaluated.push('If-Unmodified-Since');
      if (modified > since) return { outcome: 'precondition-failed', condition: 'If-Unmodified-Since' };
    }
  }
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== undefined) {
    evaluated.push('If-None-Match');
    if (anyEtagMatches(ifNoneMatch, stored.etag))
      return { outcome: 'not-modified', condition: 'If-None-Match' };
  } else {
    const since = httpDateSeconds(headers.get('if-modified-since'));
    if (since !== undefined) {
      evaluated.push('If-Modified-Since');
      if (modified <= since) return { outcome: 'not-modified', condition: 'If-Modified-Since' };
    }
  }
  return { outcome: 'proceed', evaluated };
}
