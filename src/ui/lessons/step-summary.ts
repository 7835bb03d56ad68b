import type { RequestInput } from '../../engine/index.ts';

/** Long header values (keys, MD5s, ARNs) are cut so a step's line stays one glance wide. */
const MAX_VALUE = 28;

const shorten = (value: string) => (value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value);

const roleOf = (principal: string) => principal.slice(principal.lastIndexOf(':') + 1);

/**
 * What sets a lesson step apart from its neighbours, in one line: two steps that are both
 * "GetObject photo.jpg" differ only by their headers, principal or transport.
 */
export function stepSummary(request: RequestInput): { title: string; details: string[] } {
  const title = [request.operation, request.key ?? '', request.https === false ? 'over HTTP' : '']
    .filter(Boolean)
    .join(' ');
  const details = Object.entries(request.headers ?? {}).map(([name, value]) => `${name}: ${shorten(value)}`);
  if (request.principal !== undefined) details.unshift(`as ${roleOf(request.principal)}`);
  return { title, details };
}
