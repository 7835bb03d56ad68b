/**
 * Stage 9, response: status and headers as S3 sends them, the request ids every answer carries,
 * and for errors S3's XML body (HEAD errors have none: HTTP HEAD answers carry no body).
 */
import { toBase64, toHex } from '../../crypto/bytes.ts';
import type { S3Response } from '../../types.ts';
import { errorXml, type S3Failure } from '../failure.ts';
import type { Exchange } from './exchange.ts';
import type { StageRecorder } from './recorder.ts';
import { NO_ANSWER_STATUS } from './tls-handshake.ts';

export function respond(x: Exchange, record: StageRecorder<'response'>, failure?: S3Failure): S3Response {
  const requestId = toHex(x.world.deps.randomBytes(8)).toUpperCase();
  const hostId = toBase64(x.world.deps.randomBytes(48));
  const ids = { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId };
  const head = x.traits.headOnly;
  if (failure?.status === NO_ANSWER_STATUS) {
    record.step('fail', 'No HTTP answer', failure.message, { status: NO_ANSWER_STATUS });
    return { status: NO_ANSWER_STATUS, headers: {}, noAnswer: { reason: failure.message } };
  }
  if (failure) {
    const error = { code: failure.code, message: failure.message, fields: failure.fields };
    record.step('fail', `${failure.status} ${failure.code}`, responseDetail(failure, head), {
      status: failure.status,
      errorCode: failure.code,
      message: failure.message,
      fields: failure.fields,
    });
    // HEAD answers and 304 Not Modified carry no body (RFC 9110 §9.3.2, §15.4.5).
    if (head || failure.status === 304)
      return { status: failure.status, headers: { ...failure.headers, ...ids } };
    return {
      status: failure.status,
      headers: { ...failure.headers, ...ids, 'content-type': 'application/xml' },
      error,
      errorXml: errorXml(error, requestId, hostId),
    };
  }
  const answer = x.answer ?? { status: 200, headers: {} };
  record.step('pass', `${answer.status}`, 'S3 answered with the headers shown.', {
    status: answer.status,
    headers: answer.headers,
  });
  const body = head ? undefined : answer.body;
  return {
    status: answer.status,
    headers: { ...answer.headers, ...ids },
    ...(body !== undefined ? { body } : {}),
  };
}

function responseDetail(failure: S3Failure, head: boolean): string {
  const base = `S3 answered ${failure.status} ${failure.code}: ${failure.message}`;
  return head ? `${base} A HEAD answer has no body, so clients see only the status.` : base;
}
