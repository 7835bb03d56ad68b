/**
 * The HTTP reason phrases of the statuses S3 answers with (RFC 9110), and 0: no HTTP answer at all
 * (the engine's `noAnswer`, e.g. a TLS 1.0 handshake S3 refuses).
 */
const REASONS: Record<number, string> = {
  0: 'No HTTP answer',
  200: 'OK',
  204: 'No Content',
  206: 'Partial Content',
  304: 'Not Modified',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  411: 'Length Required',
  412: 'Precondition Failed',
  416: 'Range Not Satisfiable',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export const statusText = (status: number): string => REASONS[status] ?? '';

/** The status as a badge shows it: the number, or "No HTTP answer" for 0. */
export const statusLabel = (status: number): string => (status === 0 ? 'No HTTP answer' : String(status));
