/**
 * CopyObject (spec §4.5, §7): decrypt the source (its own mode and key), encrypt the copy with the
 * target's mode (request headers, else the destination bucket default: never the source's), and
 * store it as a new version. Copying an object onto itself must change something.
 */
import { toBase64 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import type { JsonObject } from '../../types.ts';
import type { StoredChecksum } from '../../world/types.ts';
import { currentVersion } from '../../world/versions.ts';
import { S3Errors } from '../errors.ts';
import { H } from '../header-bag.ts';
import { type Exchange, objectKey, type StageVerdict, type StoredSource } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, OperationHandler } from '../pipeline/handler.ts';
import { decryptCopySource, findCopySource } from './copy-source-read.ts';
import { openedKeyData } from './crypto-trace.ts';
import { contentTypeOf, isoDate, userMetadata } from './object-meta.ts';
import { storedHeaders, storeNewObject } from './put-object.ts';
import { describeStored, isStoredSource } from './read-source.ts';
import { planWrite, recordWritePlan } from './write-plan.ts';

export const copyObject: OperationHandler = {
  choose(x, record) {
    const source = findCopySource(x, record);
    if (!isStoredSource(source)) return source;
    x.source = source;
    x.write = planWrite(x, x.bucket!);
    const inPlace = inPlaceProblem(x, record, source);
    if (inPlace) return inPlace;
    recordWritePlan(x, record, x.write, x.bucket!, { source: describeStored(source) });
    return undefined;
  },
  async apply(x, record) {
    const { bucket: sourceBucket, version: source } = x.source!;
    const plain = await decryptCopySource(x, record);
    if (!plain.ok) return plain.error;
    const replace = x.headers.get(H.metadataDirective) === 'REPLACE';
    const bucket = x.bucket!;
    // The copy's checksum is computed again over its bytes: with the algorithm the request names,
    // else the source's, else CRC64NVME (UG "Checking object integrity", copying objects).
    const algorithm = x.checksumAlgorithm ?? source.checksum?.algorithm ?? 'CRC64NVME';
    const checksum: StoredChecksum = {
      algorithm,
      value: toBase64(await checksumDigest(algorithm, plain.value)),
      type: 'FULL_OBJECT',
    };
    const stored = await storeNewObject(
      x,
      record,
      bucket,
      objectKey(x),
      plain.value,
      {
        contentType: replace ? contentTypeOf(x.headers) : source.contentType,
        metadata: replace ? userMetadata(x.headers) : { ...source.metadata },
        checksum,
      },
      {
        source: { ...describeStored(x.source!), ...openedKeyData(source.keyMaterial!, x.sourceKmsDecrypts) },
      },
    );
    if (!('versionId' in stored)) return stored;
    const body: JsonObject = {
      // LS test_s3_copy_object_preconditions (AWS): the result names the copy's checksum.
      CopyObjectResult: {
        ETag: stored.etag,
        LastModified: isoDate(stored.lastModifiedMs),
        [`Checksum${checksum.algorithm}`]: checksum.value,
      },
    };
    x.answer = {
      status: 200,
      headers: {
        ...storedHeaders(bucket, stored),
        ...(sourceBucket.versioning !== undefined
          ? { 'x-amz-copy-source-version-id': source.versionId }
          : {}),
      },
      body,
    };
    return undefined;
  },
};

/**
 * An in-place copy must change the metadata, storage class, website redirect or encryption
 * (LS test_s3_copy_object_in_place). Naming any encryption counts, and so does a bucket with an
 * explicitly configured default (LS test_copy_in_place_with_bucket_encryption), or a default that
 * differs from how the source is stored (LS test_s3_copy_object_in_place_with_encryption).
 */
function inPlaceProblem(x: Exchange, record: ChoiceRecorder, source: StoredSource): StageVerdict {
  const ref = x.copySource!;
  const sameObject = ref.bucket === x.request.bucket && ref.key === x.request.key;
  const isCurrent =
    ref.versionId === undefined ||
    ref.versionId === currentVersion(source.bucket, source.version.key)?.versionId;
  if (!sameObject || !isCurrent) return undefined;
  const changes =
    x.headers.get(H.metadataDirective) === 'REPLACE' ||
    x.headers.has(H.storageClass) ||
    x.headers.has(H.websiteRedirect) ||
    x.writeSse?.algorithm !== undefined ||
    x.customerKey !== undefined ||
    x.bucket!.encryption !== undefined ||
    x.write?.mode !== source.version.keyMaterial?.mode;
  if (changes) return undefined;
  return record.fail(
    S3Errors.copyToItself(),
    'Copying an object onto itself changes nothing',
    `The copy names ${ref.bucket}/${ref.key} as source and target, keeps its metadata, and would keep its ${source.version.keyMaterial?.mode ?? 'encryption'}; S3 refuses a copy onto itself that changes nothing.`,
    'Change something: send encryption headers (for example x-amz-server-side-encryption: aws:kms), x-amz-metadata-directive: REPLACE, or a storage class.',
    { source: describeStored(source) },
  );
}
