import { describe, expect, it } from 'vitest';
import { addSdkChecksum } from './sdk-checksum.ts';

// Values: openstack/swift test/s3api/test_object_checksums.py (AWS answers for "123456789").
describe('addSdkChecksum', () => {
  it('adds the checksum of the body as the CLI does for --checksum-algorithm', async () => {
    const request = await addSdkChecksum({
      operation: 'PutObject',
      headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32' },
      body: new TextEncoder().encode('123456789'),
    });
    expect(request.headers?.['x-amz-checksum-crc32']).toBe('y/Q5Jg==');
  });

  it('keeps a checksum header the user wrote, right or wrong', async () => {
    const request = await addSdkChecksum({
      operation: 'PutObject',
      headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32', 'x-amz-checksum-crc32': 'z/Q5Jg==' },
      body: '123456789',
    });
    expect(request.headers?.['x-amz-checksum-crc32']).toBe('z/Q5Jg==');
  });

  it('leaves a request without an SDK algorithm alone', async () => {
    const input = { operation: 'PutObject' as const, headers: {}, body: '123456789' };
    expect(await addSdkChecksum(input)).toBe(input);
  });
});
