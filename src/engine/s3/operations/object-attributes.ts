/**
 * GetObjectAttributes (MODEL; spec §4.2): the attributes named in x-amz-object-attributes. An
 * SSE-C object needs its key headers; the answer carries no SSE headers. The Checksum attribute
 * is the object's stored checksum with its type (LS get_object_attributes, and its AWS-recorded
 * snapshot test_put_object_checksum: `Checksum: {ChecksumCRC32: ...}`); a composite checksum is
 * answered without its `-N` (LS get_object_attributes). S3 keeps the checksum encrypted with the
 * object, so reading it opens the data key: KMS Decrypt in the KMS stage for a KMS object
 * (integrity/checksum-mode.ts), the customer key for SSE-C.
 */
import type { JsonObject } from '../../types.ts';
import type { ObjectVersion, StoredChecksum } from '../../world/types.ts';
import { wantedObjectAttributes } from '../integrity/checksum-mode.ts';
import { usesKms } from '../object-keys.ts';
import { touches } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';
import { openedKeyData } from './crypto-trace.ts';
import { chooseRead } from './get-object.ts';
import { failKeyOpening } from './key-failure.ts';
import { keysFor } from './object-bytes.ts';
import { httpDate } from './object-meta.ts';
import { storedChecksumOf } from './read-checksum.ts';

export const getObjectAttributes: OperationHandler = {
  choose: chooseRead,
  async apply(x, record) {
    const { bucket, version } = x.source!;
    const stored = version.keyMaterial!;
    let opened = x.sourceKeys;
    if (stored.mode === 'SSE-C') {
      const keys = await keysFor(
        x,
        { bucket: bucket.name, key: version.key },
        stored,
        undefined,
        x.customerKey,
      );
      if (!keys.ok)
        return failKeyOpening(record, keys.error, 'The key does not open this object', stored, x.customerKey);
      opened = keys.value;
    }
    const keyData = stored.mode === 'SSE-C' ? openedKeyData(stored, undefined) : { mode: stored.mode };
    const wanted = wantedObjectAttributes(x.headers);
    const body: JsonObject = { LastModified: new Date(version.lastModifiedMs).toISOString() };
    if (bucket.versioning !== undefined) body.VersionId = version.versionId;
    if (wanted.has('ETag')) body.ETag = version.etag.replaceAll('"', '');
    if (wanted.has('ObjectSize')) body.ObjectSize = version.size;
    if (wanted.has('StorageClass')) body.StorageClass = 'STANDARD';
    if (wanted.has('ObjectParts') && version.multipart) {
      body.ObjectParts = { TotalPartsCount: version.parts.length };
      if (version.partChecksums?.length) touches(x, 'object-attributes-parts');
    }
    if (wanted.has('Checksum')) {
      if (usesKms(stored)) touches(x, 'object-attributes-checksum-key');
      const checksum = await storedChecksumOf(x, { version, bucket: bucket.name }, opened);
      if (!checksum.ok) return checksum.error;
      if (checksum.value) body.Checksum = checksumMember(checksum.value);
      record.step('pass', 'Stored checksum read', checksumDetail(version, checksum.value), {
        ...keyData,
        ...(checksum.value ? { checksum: { ...checksum.value } } : {}),
      });
    } else {
      record.step(
        'skip',
        'Attributes only',
        stored.mode === 'SSE-C'
          ? 'The customer key matched the salted HMAC S3 stored; GetObjectAttributes then reads metadata only, no data is decrypted.'
          : 'GetObjectAttributes reads metadata; no data is decrypted.',
        keyData,
      );
    }
    x.answer = {
      status: 200,
      headers: {
        'last-modified': httpDate(version.lastModifiedMs),
        ...(bucket.versioning !== undefined ? { 'x-amz-version-id': version.versionId } : {}),
      },
      body,
    };
    return undefined;
  },
};

/** `Checksum: {Checksum<ALG>, ChecksumType}`; a composite value without its `-N`. */
function checksumMember(checksum: StoredChecksum): JsonObject {
  const value = checksum.type === 'COMPOSITE' ? checksum.value.replace(/-\d+$/, '') : checksum.value;
  return { [`Checksum${checksum.algorithm}`]: value, ChecksumType: checksum.type };
}

function checksumDetail(version: ObjectVersion, checksum: StoredChecksum | undefined): string {
  if (!checksum)
    return 'The object has no checksum: its multipart upload named no checksum algorithm, so the answer has no Checksum.';
  const how =
    version.keyMaterial?.mode === 'SSE-C'
      ? 'the customer key opened it'
      : version.keyMaterial?.mode === 'SSE-S3'
        ? "S3's own key opened it"
        : 'the KMS stage opened its data key';
  return `S3 keeps the ${checksum.algorithm} checksum encrypted with the object; ${how}, and GetObjectAttributes answers it with its type (${checksum.type}).`;
}
