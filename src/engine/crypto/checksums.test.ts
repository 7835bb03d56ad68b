import { describe, expect, it } from 'vitest';
import { toBase64, utf8 } from './bytes.ts';
import { type ChecksumAlgorithm, checksumDigest } from './checksums.ts';

// The check values S3 answers for the body "123456789" (openstack/swift test/s3api/
// test_object_checksums.py, run against AWS: EXPECTED per algorithm).
const CHECK_VALUES: [ChecksumAlgorithm, string][] = [
  ['CRC32', 'y/Q5Jg=='],
  ['CRC32C', '4waSgw=='],
  ['CRC64NVME', 'rosUhgp5mIg='],
  ['SHA1', '98O8HYCOBHMq32eZZczDTKeuNEE='],
  ['SHA256', 'FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU='],
];

describe('checksumDigest', () => {
  it.each(CHECK_VALUES)('computes the %s of "123456789" as S3 does', async (algorithm, expected) => {
    expect(toBase64(await checksumDigest(algorithm, utf8('123456789')))).toBe(expected);
  });
});
