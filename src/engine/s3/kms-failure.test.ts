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

  it('a wrong SSE-C key is 403 AccessDenied with the correct-key message', () => {
    expect(modeFailure({ code: 'SseCKeyMismatch', message: 'x' })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message:
        'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.',
    });
  });
});
