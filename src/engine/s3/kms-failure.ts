/**
 * How S3 reports a KMS or key-material failure (contracts; spec §2.5, §2.6, §2.8): key-state and
 * key-id errors are 400 `KMS.<code>` with KMS's message, a KMS permission failure is 403
 * AccessDenied, throttling is 503 SlowDown, a wrong SSE-C key is 403 (spec §4.4).
 */
import { toJsonValue } from '../json.ts';
import type { KmsError } from '../kms/types.ts';
import type { ModeError } from '../modes/types.ts';
import { S3Errors } from './errors.ts';
import { failure, type S3Failure } from './failure.ts';

export function kmsFailure(error: KmsError): S3Failure {
  switch (error.code) {
    case 'AccessDeniedException': {
      const denied = S3Errors.accessDenied(error.message);
      return error.authorization
        ? { ...denied, traceData: { kmsAuthorization: toJsonValue(error.authorization) } }
        : denied;
    }
    case 'ThrottlingException':
      return S3Errors.kmsSlowDown();
    default:
      return failure(400, `KMS.${error.code}`, error.message);
  }
}

export function modeFailure(error: ModeError): S3Failure {
  switch (error.code) {
    case 'SseCKeyMismatch':
      return S3Errors.sseCWrongKey();
    case 'InvalidCustomerKey':
      return S3Errors.sseCInvalidKey();
    case 'Tampered':
      // Stored bytes that fail their GCM tag: S3 would answer 500 for corrupted data.
      return { ...S3Errors.internalError(), message: error.message };
    default:
      return kmsFailure(error);
  }
}
