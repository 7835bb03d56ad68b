/**
 * The part list a CompleteMultipartUpload needs (AWS CLI `--multipart-upload`), filled from the
 * upload's parts as the world holds them: each part with the ETag its UploadPart answered and, for
 * an upload with a checksum algorithm, its checksum. S3 completes only the parts listed, so the
 * builder offers this list instead of leaving the body empty (which S3 refuses).
 */
import type { WorldSnapshot } from '../engine/index.ts';

export function completePartsBody(
  snapshot: WorldSnapshot | null,
  bucket: string,
  uploadId: string,
): string | undefined {
  const upload = snapshot?.buckets
    .find((b) => b.name === bucket)
    ?.uploads.find((u) => u.uploadId === uploadId);
  if (!upload || upload.parts.length === 0) return undefined;
  const parts = [...upload.parts]
    .sort((a, b) => a.partNumber - b.partNumber)
    .map((part) => ({
      PartNumber: part.partNumber,
      ETag: part.etag,
      ...(part.checksum ? { [`Checksum${part.checksum.algorithm}`]: part.checksum.value } : {}),
    }));
  return JSON.stringify({ Parts: parts }, null, 2);
}
