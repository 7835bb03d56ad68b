import { describe, expect, it } from 'vitest';
import type { KmsErrorCode } from '../kms/types.ts';
import { kmsFailure, modeFailure } from './kms-failure.ts';

describe('kmsFailure (contracts: KMS errors as S3 reports them)', () => {
  const cases: { name: string; code: KmsErrorCode; status: number; s3Code: string; message?: string }[] = [
    {
      name: 'an unknown key is 400 KMS.NotFoundException',
      code: 'NotFoundException',
      status: 400,
      s3Code: 'KMS.NotFoundException',
      message: "Invalid keyId 'x'",
    },
    {
      name: 'a disabled key is 400 KMS.DisabledException',
      code: 'DisabledException',
      status: 400,
      s3Code: 'KMS.DisabledException',
      message: 'arn is disabled.',
    },
    {
      name: 'a key pending deletion is 400 KMS.KMSInvalidStateException',
      code: 'KMSInvalidStateException',
      status: 400,
      s3Code: 'KMS.KMSInvalidStateException',
      message: 'arn is pending deletion.',
    },
    {
      name: "a KMS permission failure is 403 AccessDenied with KMS's message",
      code: 'AccessDeniedException',
      status: 403,
      s3Code: 'AccessDenied',
      message: 'User: x is not authorized to perform: kms:Decrypt',
    },
    {
      name: 'throttling is 503 SlowDown',
      code: 'ThrottlingException',
      status: 503,
      s3Code: 'SlowDown',
      message: 'Please reduce your request rate for operations involving AWS KMS.',
    },
  ];
  it.each(cases)('$name', ({ code, status, s3Code, message }) => {
    const result = kmsFailure({ code, message: message ?? 'm' });
    expect(result).toMatchObject({ status, code: s3Code, message });
  });

  it.each([
    {
      name: 'a wrong SSE-C key is 403 AccessDenied with the correct-key message',
      error: { code: 'SseCKeyMismatch', message: 'x' } as const,
      expected: {
        status: 403,
        code: 'AccessDenied',
        message:
          'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.',
      },
    },
    {
      name: 'an SSE-C key that is not 256 bits is 400 InvalidArgument, not a KMS error',
      error: { code: 'InvalidCustomerKey', message: 'x' } as const,
      expected: {
        status: 400,
        code: 'InvalidArgument',
        message: 'The secret key was invalid for the specified algorithm.',
      },
    },
    {
      name: 'stored bytes that fail their tag are 500 InternalError',
      error: { code: 'Tampered', message: 'The tag does not verify.' } as const,
      expected: { status: 500, code: 'InternalError', message: 'The tag does not verify.' },
    },
    {
      name: 'a KMS error from a mode is reported as KMS reports it',
      error: { code: 'DisabledException', message: 'arn is disabled.' } as const,
      expected: { status: 400, code: 'KMS.DisabledException', message: 'arn is disabled.' },
    },
  ])('$name', ({ error, expected }) => {
    expect(modeFailure(error)).toMatchObject(expected);
  });
});
