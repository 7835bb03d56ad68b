/**
 * Before any HTTP: the TLS handshake. AWS made TLS 1.2 the minimum for all its API endpoints (AWS
 * Security Blog, "TLS 1.2 to become the minimum TLS protocol level for all AWS API endpoints": "you
 * will need to use TLS versions 1.2 or higher for your connections"); S3 endpoints refuse TLS 1.0
 * and 1.1 since February 2024, at the handshake, with no HTTP answer at all (spec §6.5). So such a
 * request never reaches routing, header checks or the bucket policy: no status, no headers, no
 * request id. The answer is "no HTTP answer" (status 0, `noAnswer`), docs/differences.md#tls-handshake-refused.
 */
import { MIN_TLS_VERSION, refusesTlsVersion } from '../../network/tls-floor.ts';
import { failure, type S3Failure } from '../failure.ts';
import { type Exchange, type StageVerdict, touches } from './exchange.ts';
import type { StageRecorder } from './recorder.ts';

/** Status 0: the convention of browsers and HTTP clients for "no HTTP response was received". */
export const NO_ANSWER_STATUS = 0;

/**
 * The TLS alert a server sends when it does not support the client's version (RFC 8446 §6.2,
 * RFC 5246 §7.2.2: `protocol_version`, alert 70). It is what the client sees instead of an answer.
 */
const refused = (version: string): S3Failure =>
  failure(
    NO_ANSWER_STATUS,
    'protocol_version',
    `The S3 endpoint closed the connection during the TLS handshake (TLS alert protocol_version): it accepts TLS ${MIN_TLS_VERSION} or newer, not TLS ${version}. No HTTP request was sent and S3 sent no HTTP answer.`,
  );

export function tlsHandshake(x: Exchange, record: StageRecorder<'transport'>): StageVerdict {
  const { https, tlsVersion } = x.request;
  if (!https || !refusesTlsVersion(tlsVersion)) return undefined;
  touches(x, 'tls-handshake-refused');
  return record.fail(
    refused(tlsVersion as string),
    `TLS ${tlsVersion} refused at the handshake`,
    `S3 endpoints accept TLS ${MIN_TLS_VERSION} or newer (since February 2024 for S3), so the TLS ${tlsVersion} handshake fails before any HTTP is exchanged: no status, no headers, no error body, and the bucket policy is never consulted (s3:TlsVersion only ever sees 1.2 or 1.3).`,
    'Connect with TLS 1.2 or 1.3 (every current AWS SDK and the AWS CLI do).',
    { https, tlsVersion: tlsVersion as string },
  );
}
