/**
 * CreateMultipartUpload (spec §10): the encryption is decided once, here; KMS GenerateDataKey
 * makes the upload's data key, which every part then uses with its own IV.
 */
import { toHex } from '../../crypto/bytes.ts';
import type { MultipartUpload } from '../../world/types.ts';
import { objectKey } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';
import { sseResponseHeaders } from '../sse-response-headers.ts';
import { keyMaterialData } from './crypto-trace.ts';
import { failKeyOpening } from './key-failure.ts';
import { newKeyFor } from './object-bytes.ts';
import { contentTypeOf, userMetadata } from './object-meta.ts';
import { planWrite, recordWritePlan } from './write-plan.ts';

export const createMultipartUpload: OperationHandler = {
  choose(x, record) {
    x.write = planWrite(x, x.bucket!);
    recordWritePlan(x, record, x.write, x.bucket!);
    return undefined;
  },
  async apply(x, record) {
    const bucket = x.bucket!;
    const plan = x.write!;
    const key = objectKey(x);
    const keys = await newKeyFor(x, { bucket: bucket.name, key }, plan);
    if (!keys.ok) return failKeyOpening(record, keys.error, 'Could not make the data key', undefined);
    const uploadId = toHex(x.world.deps.randomBytes(24));
    const contextHeader =
      plan.mode === 'SSE-KMS' || plan.mode === 'DSSE-KMS' ? plan.contextHeader : undefined;
    const upload: MultipartUpload = {
      uploadId,
      key,
      initiatedMs: x.nowMs,
      keyMaterial: keys.value.stored,
      sseApplied: plan.applied,
      contentType: contentTypeOf(x.headers),
      metadata: userMetadata(x.headers),
      ...(contextHeader ? { contextHeader } : {}),
      ...(x.checksumAlgorithm ? { checksumAlgorithm: x.checksumAlgorithm } : {}),
      ...(x.checksumType ? { checksumType: x.checksumType } : {}),
      parts: new Map(),
    };
    bucket.uploads.set(uploadId, upload);
    record.step(
      'pass',
      'Upload started',
      'S3 made the data key material every part will use (each part with its own IV); nothing is encrypted yet.',
      { uploadId, ...keyMaterialData(upload.keyMaterial) },
    );
    x.answer = {
      status: 200,
      headers: {
        ...sseResponseHeaders(upload.keyMaterial, upload.contextHeader),
        // API CreateMultipartUpload response: x-amz-checksum-algorithm and x-amz-checksum-type
        ...(upload.checksumAlgorithm && upload.checksumType
          ? {
              'x-amz-checksum-algorithm': upload.checksumAlgorithm,
              'x-amz-checksum-type': upload.checksumType,
            }
          : {}),
      },
      body: { Bucket: bucket.name, Key: key, UploadId: uploadId },
    };
    return undefined;
  },
};
