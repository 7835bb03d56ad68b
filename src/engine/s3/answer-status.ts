/**
 * Whether an answer says the request went through: a 2xx. A 304 Not Modified (RFC 9110 §15.4.5)
 * is a conditional read that did not return the object, and status 0 is no HTTP answer at all
 * (a TLS handshake S3 refuses, pipeline/tls-handshake.ts): neither is one. Every layer asks this
 * instead of comparing statuses itself.
 */
export const wentThrough = (status: number): boolean => status >= 200 && status < 300;
