/**
 * Stage 2, header validation (spec §4.3, §4.4, §5): the expected bucket owner, the SSE headers an
 * operation takes or refuses, the SSE-C triple(s) and the copy source. All 400s, before any
 * policy is evaluated (spec §5 "Order of checks").
 */
import type { JsonObject } from '../../types.ts';
import { parseCopySourceArgument } from '../copy-source-argument.ts';
import {
  COPY_SOURCE_KEY_HEADERS,
  hasCustomerKeyHeaders,
  parseCustomerKey,
  TARGET_KEY_HEADERS,
} from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import { H } from '../header-bag.ts';
import { refusedSseHeader } from '../operation-catalog.ts';
import { parseWriteSseHeaders } from '../sse-headers.ts';
import {
  MAX_USER_METADATA_BYTES,
  storesRequestMetadata,
  USER_METADATA_PREFIX,
  userMetadataBytes,
} from '../user-metadata-limit.ts';
import { customerKeyProblem } from './customer-key-problem.ts';
import { type Exchange, type StageVerdict, touches } from './exchange.ts';
import { checkOperationHeaders, type HeaderProblem } from './operation-headers.ts';
import type { StageRecorder } from './recorder.ts';
import { wireHeaderProblem } from './wire-headers.ts';

export function validateHeaders(x: Exchange, record: StageRecorder<'headers'>): StageVerdict {
  const problem = firstProblem(x);
  if (problem) {
    return record.fail(problem.failure, problem.title, problem.why, problem.remedy, {
      header: problem.header,
      ...(problem.sent !== undefined ? { sent: problem.sent } : {}),
    });
  }
  record.pass('Headers are valid', headerSummary(x), headerData(x));
  return undefined;
}

function firstProblem(x: Exchange): HeaderProblem | undefined {
  const owner = x.headers.get(H.expectedOwner);
  if (owner !== undefined && !/^\d{12}$/.test(owner)) {
    return {
      failure: S3Errors.invalidExpectedOwner(owner),
      header: H.expectedOwner,
      title: 'Expected bucket owner is not an account id',
      why: `x-amz-expected-bucket-owner is "${owner}", but it must be a 12-digit AWS account id.`,
      remedy: "Send the bucket owner's 12-digit account id, or leave the header out.",
      sent: owner,
    };
  }
  return (
    sseProblem(x) ??
    copySourceProblem(x) ??
    checkOperationHeaders(x) ??
    metadataSizeProblem(x) ??
    wireHeaderProblem(x)
  );
}

function metadataSizeProblem(x: Exchange): HeaderProblem | undefined {
  if (!storesRequestMetadata(x.traits, x.headers)) return undefined;
  const size = userMetadataBytes(x.headers);
  if (size <= MAX_USER_METADATA_BYTES) return undefined;
  touches(x, 'user-metadata-size-count');
  return {
    failure: S3Errors.metadataTooLarge(size, MAX_USER_METADATA_BYTES),
    header: `${USER_METADATA_PREFIX}*`,
    title: 'User metadata over 2 KB',
    why: `The ${USER_METADATA_PREFIX}* headers add up to ${size.toLocaleString('en-US')} bytes (each name after ${USER_METADATA_PREFIX} plus its value, in UTF-8); S3 stores at most ${MAX_USER_METADATA_BYTES.toLocaleString('en-US')}.`,
    remedy: 'Shorten or remove metadata; keep larger values in the object itself, or in a separate object.',
  };
}

function sseProblem(x: Exchange): HeaderProblem | undefined {
  if (x.traits.sse === 'none') return undefined;
  if (x.traits.sse === 'customer') {
    const refused = refusedSseHeader(x.request.operation, x.headers.names());
    if (refused) {
      return {
        failure: S3Errors.headerNotSupported(refused),
        header: refused,
        title: `${refused} is not accepted by ${x.request.operation}`,
        why: `${x.request.operation} does not take ${refused}: the encryption was fixed when the object or upload was written, and S3 finds the object's key from what it stored.`,
        remedy: `Remove ${refused}; for an SSE-C object send only the three customer-key headers.`,
        sent: x.headers.get(refused) ?? '',
      };
    }
  }
  if (x.traits.sse === 'write' && hasCustomerKeyHeaders(x.headers, TARGET_KEY_HEADERS)) {
    const sse = x.headers.get(H.sse);
    if (sse !== undefined) {
      return {
        failure: S3Errors.sseCIncompatible(sse),
        header: H.sse,
        title: 'SSE-C together with x-amz-server-side-encryption',
        why: `The request carries a customer-provided key and x-amz-server-side-encryption: ${sse}; a write is encrypted one way, so S3 refuses both together.`,
        remedy: 'Remove x-amz-server-side-encryption to use SSE-C, or remove the three customer-key headers.',
        sent: sse,
      };
    }
  }
  const customer = parseCustomerKey(x.headers, TARGET_KEY_HEADERS, x.traits.writesData ? 'write' : 'read');
  if (!customer.ok)
    return customerKeyProblem(customer.error, x.headers, TARGET_KEY_HEADERS, 'customer-provided key');
  x.customerKey = customer.value;
  if (x.traits.sse === 'write') {
    const sse = parseWriteSseHeaders(x.headers);
    if (!sse.ok) {
      return {
        failure: sse.error,
        header: sse.error.fields.ArgumentName ?? H.sse,
        title: 'Invalid SSE header',
        ...explainSseHeader(sse.error.fields.ArgumentName ?? H.sse, sse.error.fields.ArgumentValue),
        ...(sse.error.fields.ArgumentValue !== undefined ? { sent: sse.error.fields.ArgumentValue } : {}),
      };
    }
    x.writeSse = sse.value;
  }
  return undefined;
}

function copySourceProblem(x: Exchange): HeaderProblem | undefined {
  if (!x.traits.readsSource) return undefined;
  const source = parseCopySourceArgument(x.headers.get(H.copySource));
  if (!source.ok) {
    return {
      failure: source.error,
      header: H.copySource,
      title: 'Invalid copy source',
      why: `x-amz-copy-source is "${x.headers.get(H.copySource) ?? ''}", which does not name a source object.`,
      remedy: 'Name the source as bucket/key (optionally with ?versionId=...).',
    };
  }
  x.copySource = source.value;
  const key = parseCustomerKey(x.headers, COPY_SOURCE_KEY_HEADERS, 'read');
  if (!key.ok)
    return customerKeyProblem(
      key.error,
      x.headers,
      COPY_SOURCE_KEY_HEADERS,
      'copy-source customer-provided key',
    );
  x.copySourceKey = key.value;
  return undefined;
}

/**
 * spec §5: the SSE value must be one S3 knows (ArgumentValue names it); the context must be base64
 * JSON of strings; a KMS key id without aws:kms or aws:kms:dsse has no ArgumentValue.
 */
function explainSseHeader(header: string, value: string | undefined): { why: string; remedy: string } {
  if (header === H.context) {
    return {
      why: 'x-amz-server-side-encryption-context is not the base64 of a JSON object of string values.',
      remedy: 'Send the context as the base64 of a JSON object whose values are all strings.',
    };
  }
  if (value !== undefined) {
    return {
      why: `x-amz-server-side-encryption is "${value}", a value S3 does not know, so it refuses the write before evaluating any policy.`,
      remedy: 'Send AES256, aws:kms or aws:kms:dsse (the values are case-sensitive).',
    };
  }
  return {
    why: 'The request names a KMS key (x-amz-server-side-encryption-aws-kms-key-id) without asking for a KMS mode.',
    remedy: 'Add x-amz-server-side-encryption: aws:kms (or aws:kms:dsse), or remove the key id.',
  };
}
function headerSummary(x: Exchange): string {
  if (x.customerKey)
    return 'The SSE-C headers are complete: algorithm AES256, a 256-bit key and its matching MD5.';
  if (x.writeSse?.algorithm)
    return `The request asks for x-amz-server-side-encryption: ${x.writeSse.algorithm}.`;
  return 'No header the operation refuses, and no malformed encryption header.';
}

function headerData(x: Exchange): JsonObject {
  const data: JsonObject = {};
  if (x.writeSse?.algorithm) data.sse = x.writeSse.algorithm;
  if (x.writeSse?.kmsKeyId) data.kmsKeyId = x.writeSse.kmsKeyId;
  if (x.writeSse?.context) data.encryptionContext = x.writeSse.context.pairs;
  if (x.writeSse?.bucketKey !== undefined) data.bucketKeyHeader = x.writeSse.bucketKey;
  if (x.customerKey) data.customerKeyMd5 = x.customerKey.keyMd5;
  if (x.copySource) data.copySource = { ...x.copySource };
  if (x.copySourceKey) data.copySourceCustomerKeyMd5 = x.copySourceKey.keyMd5;
  return data;
}
