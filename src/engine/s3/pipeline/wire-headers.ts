/**
 * Stage 2 for what travels on the wire: Content-MD5 and `x-amz-checksum-*` on uploads, the
 * checksum algorithm an upload or a copy asks for, the shape of conditional-write headers, and
 * CopyObject's refusal of `Range` (API CopyObject: "Range ... not supported"). What it reads is
 * kept on the exchange for the stages that compare it with the body or the stored object.
 */
import { readWriteCondition } from '../conditional/write-conditions.ts';
import {
  readRequestIntegrity,
  readUploadAlgorithm,
  readUploadChecksumType,
} from '../integrity/request-integrity.ts';
import { WireErrors } from '../wire-errors.ts';
import { type Exchange, touches } from './exchange.ts';
import type { HeaderProblem } from './operation-headers.ts';

export function wireHeaderProblem(x: Exchange): HeaderProblem | undefined {
  const operation = x.request.operation;
  if (x.traits.checksum === 'body') {
    const integrity = readRequestIntegrity(x.headers);
    if (!integrity.ok) {
      if (
        integrity.error.header === 'x-amz-sdk-checksum-algorithm' &&
        x.headers.get('x-amz-sdk-checksum-algorithm')
      )
        touches(x, 'sdk-checksum-algorithm-mismatch');
      return integrityProblem(integrity.error);
    }
    x.integrity = integrity.value;
  }
  if (x.traits.checksum === 'algorithm') {
    const algorithm = readUploadAlgorithm(x.headers);
    if (!algorithm.ok) return integrityProblem(algorithm.error);
    if (algorithm.value) x.checksumAlgorithm = algorithm.value;
    if (operation === 'CreateMultipartUpload') {
      const type = readUploadChecksumType(x.headers, algorithm.value);
      if (!type.ok) {
        if (type.error.difference) touches(x, type.error.difference);
        return integrityProblem(type.error);
      }
      if (type.value) x.checksumType = type.value;
    }
  }
  if (x.traits.conditionalWrite) {
    const condition = readWriteCondition(x.headers);
    if (!condition.ok) {
      return {
        failure: condition.error,
        header: condition.error.fields.Header ?? 'If-None-Match',
        title: 'Conditional header S3 does not take on a write',
        why: `${operation} takes If-None-Match only with the value *, If-Match only with an ETag, and never both; S3 answers 501 for anything else.`,
        remedy:
          'Send If-None-Match: * to create only if absent, or If-Match: "<etag>" to replace only that version.',
      };
    }
    if (condition.value) x.writeCondition = condition.value;
  }
  const range = x.headers.get('range');
  if (operation === 'CopyObject' && range !== undefined) {
    touches(x, 'copy-range-argument-value');
    return {
      failure: WireErrors.copyRange(range),
      header: 'range',
      title: 'CopyObject takes no Range',
      why: 'CopyObject copies whole objects; S3 refuses a Range header on it.',
      remedy:
        'Remove Range, or copy a byte range into a multipart upload with UploadPartCopy and x-amz-copy-source-range.',
      sent: range,
    };
  }
  return undefined;
}

function integrityProblem(problem: {
  failure: HeaderProblem['failure'];
  header: string;
  sent?: string;
}): HeaderProblem {
  return {
    failure: problem.failure,
    header: problem.header,
    title: `${problem.header}: ${problem.failure.code}`,
    ...explain(problem.header),
    ...(problem.sent !== undefined ? { sent: problem.sent } : {}),
  };
}

function explain(header: string): { why: string; remedy: string } {
  if (header === 'content-md5') {
    return {
      why: 'Content-MD5 must be the base64 of the 16-byte MD5 of the body; S3 refuses any other value before reading the body.',
      remedy:
        'Send base64(MD5(body)), for example with `openssl md5 -binary file | base64`, or leave the header out.',
    };
  }
  if (header === 'x-amz-checksum-algorithm') {
    return {
      why: 'x-amz-checksum-algorithm names the one algorithm every part will be checked with: CRC32, CRC32C, CRC64NVME, SHA1 or SHA256.',
      remedy: 'Name exactly one of those algorithms, or leave the header out.',
    };
  }
  if (header === 'x-amz-checksum-type') {
    return {
      why: "x-amz-checksum-type says how the parts' checksums make the object's: FULL_OBJECT (a CRC of all the bytes, for CRC32, CRC32C and CRC64NVME) or COMPOSITE (a checksum of the parts' checksums, for all but CRC64NVME). It needs x-amz-checksum-algorithm.",
      remedy:
        "Send x-amz-checksum-algorithm with a type that suits it, or leave x-amz-checksum-type out for the algorithm's default.",
    };
  }
  if (header === 'x-amz-sdk-checksum-algorithm') {
    return {
      why: 'x-amz-sdk-checksum-algorithm tells S3 which x-amz-checksum-* header carries the checksum; the request does not carry that one header.',
      remedy:
        'Send exactly one x-amz-checksum-<algorithm> header, of the algorithm x-amz-sdk-checksum-algorithm names.',
    };
  }
  if (header.includes(',')) {
    return {
      why: 'A request carries at most one x-amz-checksum-* header; S3 does not check two algorithms at once.',
      remedy: 'Keep one checksum header.',
    };
  }
  return {
    why: `${header} must be the base64 of exactly the checksum's bytes (4 for CRC32 and CRC32C, 8 for CRC64NVME, 20 for SHA1, 32 for SHA256).`,
    remedy:
      'Send the base64 of the big-endian checksum of the body, or leave the header out and let the SDK compute it.',
  };
}
