/**
 * Stage 2, header validation (spec §4.3, §4.4, §5): the expected bucket owner, the SSE headers an
 * operation takes or refuses, the SSE-C triple(s) and the copy source. All 400s, before any
 * policy is evaluated (spec §5 "Order of checks").
 */
import type { JsonObject } from '../../types.ts';
import { parseCopySource } from '../copy-source.ts';
import {
  COPY_SOURCE_KEY_HEADERS,
  hasCustomerKeyHeaders,
  parseCustomerKey,
  TARGET_KEY_HEADERS,
} from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import { H } from '../header-bag.ts';
import { firstUnsupportedSseHeader, parseWriteSseHeaders } from '../sse-headers.ts';
import { type Exchange, fail, type StageVerdict, step } from './exchange.ts';
import { checkOperationHeaders, type HeaderProblem } from './operation-headers.ts';

export function validateHeaders(x: Exchange): StageVerdict {
  const problem = firstProblem(x);
  if (problem) {
    return fail(x, 'headers', problem.failure, problem.title, problem.detail, { header: problem.header });
  }
  step(x, 'headers', 'pass', 'Headers are valid', headerSummary(x), headerData(x));
  return undefined;
}

function firstProblem(x: Exchange): HeaderProblem | undefined {
  const owner = x.headers.get(H.expectedOwner);
  if (owner !== undefined && !/^\d{12}$/.test(owner)) {
    return {
      failure: S3Errors.invalidExpectedOwner(owner),
      header: H.expectedOwner,
      title: 'Expected bucket owner is not an account id',
      detail: 'x-amz-expected-bucket-owner must be a 12-digit AWS account id.',
    };
  }
  return sseProblem(x) ?? copySourceProblem(x) ?? checkOperationHeaders(x);
}

function sseProblem(x: Exchange): HeaderProblem | undefined {
  if (x.traits.sse === 'none') return undefined;
  if (x.traits.sse === 'customer') {
    const refused = firstUnsupportedSseHeader(x.headers);
    if (refused) {
      return {
        failure: S3Errors.headerNotSupported(refused),
        header: refused,
        title: `${refused} is not accepted by ${x.request.operation}`,
        detail: `${x.request.operation} does not take ${refused}: the encryption was fixed when the object or upload was written. Remove the header (SSE-C objects take only the customer-key headers).`,
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
        detail: `A write can use a customer-provided key or x-amz-server-side-encryption: ${sse}, not both. Remove one of them.`,
      };
    }
  }
  const customer = parseCustomerKey(x.headers, TARGET_KEY_HEADERS, x.traits.writesData ? 'write' : 'read');
  if (!customer.ok) return customerProblem(customer.error, 'customer-provided key');
  x.customerKey = customer.value;
  if (x.traits.sse === 'write') {
    const sse = parseWriteSseHeaders(x.headers);
    if (!sse.ok) {
      return {
        failure: sse.error,
        header: sse.error.fields.ArgumentName ?? H.sse,
        title: 'Invalid SSE header',
        detail: `${sse.error.message} Use AES256, aws:kms or aws:kms:dsse, and name a KMS key only with aws:kms or aws:kms:dsse.`,
      };
    }
    x.writeSse = sse.value;
  }
  return undefined;
}

function copySourceProblem(x: Exchange): HeaderProblem | undefined {
  if (!x.traits.copySource) return undefined;
  const source = parseCopySource(x.headers.get(H.copySource));
  if (!source.ok) {
    return {
      failure: source.error,
      header: H.copySource,
      title: 'Invalid copy source',
      detail: 'x-amz-copy-source must name the source as bucket/key (optionally ?versionId=...).',
    };
  }
  x.copySource = source.value;
  const key = parseCustomerKey(x.headers, COPY_SOURCE_KEY_HEADERS, 'read');
  if (!key.ok) return customerProblem(key.error, 'copy-source customer-provided key');
  x.copySourceKey = key.value;
  return undefined;
}

function customerProblem(failure: S3Failure, what: string): HeaderProblem {
  return {
    failure,
    header: H.customerAlgorithm,
    title: `Invalid ${what}`,
    detail: `${failure.message} SSE-C needs all three headers: algorithm AES256, the base64 of a 32-byte key, and the base64 MD5 of the raw key.`,
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
