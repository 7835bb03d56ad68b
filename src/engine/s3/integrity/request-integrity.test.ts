/**
 * The integrity headers as S3 reads them before it looks at the body. Sources: openstack/swift
 * test/s3api/test_object_checksums.py (run against AWS; body "123456789"), LocalStack put_object.
 */
import { describe, expect, it } from 'vitest';
import type { ChecksumAlgorithm } from '../../crypto/checksum-algorithms.ts';
import { headerBag } from '../header-bag.ts';
import { readRequestIntegrity, readUploadAlgorithm, readUploadChecksumType } from './request-integrity.ts';

const read = (headers: Record<string, string>) => readRequestIntegrity(headerBag(headers));

describe('readRequestIntegrity', () => {
  it.each<{ name: string; headers: Record<string, string>; code: string; message: string }>([
    {
      name: 'a Content-MD5 that is not base64 of 16 bytes is InvalidDigest naming the value (LS put_object)',
      headers: { 'Content-MD5': 'not-an-md5' },
      code: 'InvalidDigest',
      message: 'The Content-MD5 you specified was invalid.',
    },
    {
      name: 'two checksum headers are refused (SWIFT test_multi_checksum)',
      headers: { 'x-amz-checksum-crc32': 'y/Q5Jg==', 'x-amz-checksum-sha1': '98O8HYCOBHMq32eZZczDTKeuNEE=' },
      code: 'InvalidRequest',
      message: 'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.',
    },
    {
      name: 'non-zero padding bits make a CRC32 invalid, not a mismatch (SWIFT INVALID y/Q5Jh==)',
      headers: { 'x-amz-checksum-crc32': 'y/Q5Jh==' },
      code: 'InvalidRequest',
      message: 'Value for x-amz-checksum-crc32 header is invalid.',
    },
    {
      name: 'a CRC32 of five bytes is invalid (SWIFT test_invalid_base64_too_long)',
      headers: { 'x-amz-checksum-crc32': 'toolong=' },
      code: 'InvalidRequest',
      message: 'Value for x-amz-checksum-crc32 header is invalid.',
    },
    {
      name: 'an SDK algorithm without any checksum header is refused (LS)',
      headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32' },
      code: 'InvalidRequest',
      message:
        'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
    },
    {
      name: 'an SDK algorithm naming another header is refused (SWIFT test_different_checksum_requested)',
      headers: { 'x-amz-checksum-crc32': 'y/Q5Jg==', 'x-amz-sdk-checksum-algorithm': 'SHA1' },
      code: 'InvalidRequest',
      message: 'Value for x-amz-sdk-checksum-algorithm header is invalid.',
    },
  ])('$name', ({ headers, code, message }) => {
    const result = read(headers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.failure).toMatchObject({ status: 400, code, message });
  });

  it('reads one valid checksum with its SDK algorithm, in any case', () => {
    const result = read({ 'X-Amz-Checksum-CRC32C': '4waSgw==', 'x-amz-sdk-checksum-algorithm': 'crc32c' });
    expect(result.ok && result.value.checksum?.algorithm).toBe('CRC32C');
  });
});

describe('readUploadAlgorithm', () => {
  it.each([
    {
      sent: 'nope',
      message:
        'Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]',
    },
    { sent: 'CRC32,CRC32C', message: 'Invalid types are specified in x-amz-checksum-algorithm header.' },
  ])('x-amz-checksum-algorithm: $sent is InvalidRequest (SWIFT test_mpu_create_*)', ({ sent, message }) => {
    const result = readUploadAlgorithm(headerBag({ 'x-amz-checksum-algorithm': sent }));
    expect(!result.ok && result.error.failure.message).toBe(message);
  });

  it('takes one known algorithm', () => {
    const result = readUploadAlgorithm(headerBag({ 'x-amz-checksum-algorithm': 'SHA256' }));
    expect(result.ok && result.value).toBe('SHA256');
  });
});

describe('readUploadChecksumType', () => {
  const read = (algorithm: ChecksumAlgorithm | undefined, type?: string) =>
    readUploadChecksumType(headerBag(type === undefined ? {} : { 'x-amz-checksum-type': type }), algorithm);

  // The default per algorithm: UG "Checking object integrity" (CRC64NVME is full-object only),
  // LS create_multipart_upload.
  it.each<{ algorithm: ChecksumAlgorithm | undefined; type: string | undefined }>([
    { algorithm: 'CRC64NVME', type: 'FULL_OBJECT' },
    { algorithm: 'CRC32', type: 'COMPOSITE' },
    { algorithm: 'CRC32C', type: 'COMPOSITE' },
    { algorithm: 'SHA1', type: 'COMPOSITE' },
    { algorithm: 'SHA256', type: 'COMPOSITE' },
    { algorithm: undefined, type: undefined },
  ])('gives an upload with $algorithm and no x-amz-checksum-type the type $type', ({ algorithm, type }) => {
    const result = read(algorithm);
    expect(result.ok && result.value).toBe(type);
  });

  // FULL_OBJECT needs a CRC S3 can combine; COMPOSITE suits all but CRC64NVME (LS
  // create_multipart_upload; SWIFT test_multipart_mpu_composite_checksum creates CRC32 COMPOSITE).
  it.each<{ algorithm: ChecksumAlgorithm; type: string }>([
    { algorithm: 'CRC32', type: 'FULL_OBJECT' },
    { algorithm: 'CRC32C', type: 'FULL_OBJECT' },
    { algorithm: 'CRC64NVME', type: 'FULL_OBJECT' },
    { algorithm: 'CRC32', type: 'COMPOSITE' },
    { algorithm: 'SHA256', type: 'COMPOSITE' },
  ])('takes $type with $algorithm', ({ algorithm, type }) => {
    const result = read(algorithm, type);
    expect(result.ok && result.value).toBe(type);
  });

  it.each<{ algorithm: ChecksumAlgorithm | undefined; type: string; message: string }>([
    {
      algorithm: 'CRC64NVME',
      type: 'COMPOSITE',
      message: 'The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.',
    },
    {
      algorithm: 'SHA256',
      type: 'FULL_OBJECT',
      message: 'The FULL_OBJECT checksum type cannot be used with the sha256 checksum algorithm.',
    },
    {
      algorithm: 'SHA1',
      type: 'FULL_OBJECT',
      message: 'The FULL_OBJECT checksum type cannot be used with the sha1 checksum algorithm.',
    },
    {
      algorithm: undefined,
      type: 'FULL_OBJECT',
      message: 'The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.',
    },
    // The simulator's own wording (docs/differences.md#checksum-type-value).
    { algorithm: 'CRC32', type: 'PARTIAL', message: 'Value for x-amz-checksum-type header is invalid.' },
  ])('refuses $type with $algorithm: 400 InvalidRequest "$message"', ({ algorithm, type, message }) => {
    const result = read(algorithm, type);
    expect(!result.ok && [result.error.failure.status, result.error.failure.code]).toEqual([
      400,
      'InvalidRequest',
    ]);
    expect(!result.ok && result.error.failure.message).toBe(message);
  });
});
