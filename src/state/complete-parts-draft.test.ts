import { describe, expect, it } from 'vitest';
import type { WorldSnapshot } from '../engine/index.ts';
import { completePartsBody } from './complete-parts-draft.ts';

const snapshot = {
  buckets: [
    {
      name: 'test-bucket',
      uploads: [
        {
          uploadId: 'u1',
          key: 'k',
          initiated: '',
          mode: 'SSE-S3',
          parts: [
            { partNumber: 2, size: 1, etag: '"b"', checksum: { algorithm: 'CRC32', value: 'y/Q5Jg==' } },
            { partNumber: 1, size: 1, etag: '"a"' },
          ],
        },
      ],
    },
  ],
} as unknown as WorldSnapshot;

describe('completePartsBody', () => {
  it('lists the parts in order with their ETags and checksums, as --multipart-upload takes them', () => {
    expect(JSON.parse(completePartsBody(snapshot, 'test-bucket', 'u1') ?? '')).toEqual({
      Parts: [
        { PartNumber: 1, ETag: '"a"' },
        { PartNumber: 2, ETag: '"b"', ChecksumCRC32: 'y/Q5Jg==' },
      ],
    });
  });

  it('offers nothing for an upload it does not know', () => {
    expect(completePartsBody(snapshot, 'test-bucket', 'other')).toBeUndefined();
  });
});
