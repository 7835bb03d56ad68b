/**
 * UpdateObjectEncryption (spec §7; MODEL UpdateObjectEncryption, 2026): SSE-S3 → SSE-KMS, or
 * SSE-KMS → another customer managed key or a bucket key, keeping ETag, LastModified and the
 * version id. Only a full key ARN of the bucket owner's account is accepted; SSE-C and DSSE-KMS
 * objects are refused. The messages are the model's "Errors" list (quoted in the SDKs' generated
 * docs, e.g. aws-sdk-go-v2 service/s3 api_op_UpdateObjectEncryption.go).
 *
 * The simulator opens the old data key and re-encrypts the stored segments under a new data key
 * from KMS; S3 re-wraps the existing data key instead. What a user sees is the same: new key
 * material, same ETag and dates.
 */
import { toHex } from '../../crypto/bytes.ts';
import { isJsonObject } from '../../json.ts';
import type { JsonValue } from '../../types.ts';
import type { StoredPart } from '../../world/types.ts';
import { failure } from '../failure.ts';
import { type Exchange, objectKey, type StageVerdict } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';
import { inputJson } from './bucket-input.ts';
import { writeCryptoData } from './crypto-trace.ts';
import { failKeyOpening } from './key-failure.ts';
import { decryptParts, encryptPart, keysFor, placeOf } from './object-bytes.ts';
import { describeStored, findSource, isStoredSource } from './read-source.ts';

const KEY_ARN = /^arn:aws[a-zA-Z0-9-]*:kms:[a-z0-9-]+:([0-9]{12}):key\/[a-zA-Z0-9-]+$/;
const invalid = (message: string) => failure(400, 'InvalidRequest', message);

const MODEL = {
  sigV4:
    'Requests that modify an object encryption configuration require Amazon Web Services Signature Version 4. Modify the request to use Amazon Web Services Signature Version 4, and then try again.',
  newType:
    'Requests that modify an object encryption configuration require a valid new encryption type. Valid values are SSEKMS. Modify the request to specify SSE-KMS for the updated encryption type, and then try again.',
  toDsseOrSseC:
    "The UpdateObjectEncryption operation doesn't support updating the encryption type to DSSE-KMS or SSE-C. Modify the request to specify SSE-KMS for the updated encryption type, and then try again.",
  noArn:
    "Requests that modify an object's encryption type to SSE-KMS require an Amazon Web Services KMS key Amazon Resource Name (ARN). Modify the request to specify a KMS key ARN, and then try again.",
  badArn:
    "Requests that modify an object's encryption type to SSE-KMS require a valid Amazon Web Services KMS key Amazon Resource Name (ARN). Confirm that you have a correctly formatted KMS key ARN in your request, and then try again.",
  bucketKey:
    "The BucketKeyEnabled value isn't valid. Valid values are true or false. Modify the request to specify a valid value, and then try again.",
  fromDsseOrSseC:
    "The UpdateObjectEncryption operation doesn't support source objects with the encryption type DSSE-KMS or SSE-C. Only source objects encrypted with SSE-S3 or SSE-KMS are supported.",
  otherAccount:
    'The Amazon Web Services KMS key in the request must be owned by the same account as the bucket. Modify the request to specify a KMS key from the same account, and then try again.',
};

function target(x: Exchange): { keyArn: string; bucketKey: boolean } | string {
  const input = inputJson(x);
  const encryption: JsonValue | undefined = isJsonObject(input) ? input.ObjectEncryption : undefined;
  const kms = isJsonObject(encryption) ? (encryption.SSEKMS ?? encryption['SSE-KMS']) : undefined;
  if (!isJsonObject(kms)) {
    const names = isJsonObject(encryption) ? Object.keys(encryption).join(' ') : '';
    return /DSSE|SSE-?C/i.test(names) ? MODEL.toDsseOrSseC : MODEL.newType;
  }
  const keyArn = kms.KMSKeyArn;
  if (keyArn === undefined || keyArn === '') return MODEL.noArn;
  if (typeof keyArn !== 'string' || !KEY_ARN.test(keyArn)) return MODEL.badArn;
  if (kms.BucketKeyEnabled !== undefined && typeof kms.BucketKeyEnabled !== 'boolean') return MODEL.bucketKey;
  return { keyArn, bucketKey: kms.BucketKeyEnabled === true };
}

function targetRemedy(message: string): string {
  if (message === MODEL.noArn || message === MODEL.badArn)
    return 'Give KMSKeyArn as a full key ARN (arn:aws:kms:region:account:key/id); key ids and aliases are not accepted.';
  if (message === MODEL.bucketKey) return 'Give BucketKeyEnabled as true or false.';
  return 'Send ObjectEncryption {"SSEKMS": {"KMSKeyArn": "<key ARN>"}}: SSE-KMS is the only target.';
}

export const updateObjectEncryption: OperationHandler = {
  choose(x, record): StageVerdict {
    if (x.request.signature !== 'SigV4') {
      return record.fail(
        invalid(MODEL.sigV4),
        'Needs SigV4',
        'UpdateObjectEncryption changes which KMS key protects the object, so S3 accepts it only in a Signature Version 4 request.',
        'Sign the request with Signature Version 4.',
      );
    }
    const wanted = target(x);
    if (typeof wanted === 'string')
      return record.fail(
        invalid(wanted),
        'Invalid target encryption',
        `S3 refused the target encryption in the request body: "${wanted}"`,
        targetRemedy(wanted),
      );
    const query = x.request.query;
    const found = findSource(record, {
      bucket: x.bucket!,
      key: objectKey(x),
      ...(query.versionId ? { versionId: query.versionId } : {}),
      what: 'object',
    });
    if (!isStoredSource(found)) return found;
    const mode = found.version.keyMaterial?.mode;
    if (mode !== 'SSE-S3' && mode !== 'SSE-KMS') {
      return record.fail(
        invalid(MODEL.fromDsseOrSseC),
        `A ${mode} object cannot be updated`,
        `The object is stored with ${mode}; UpdateObjectEncryption only re-keys SSE-S3 and SSE-KMS objects.`,
        'Copy the object onto itself with the new encryption instead (CopyObject with x-amz-server-side-encryption: aws:kms).',
      );
    }
    if (KEY_ARN.exec(wanted.keyArn)?.[1] !== x.bucket!.account) {
      return record.fail(
        failure(403, 'AccessDenied', MODEL.otherAccount),
        'Key of another account',
        `The key ARN names account ${KEY_ARN.exec(wanted.keyArn)?.[1]}, but account ${x.bucket!.account} owns the bucket.`,
        `Name a KMS key of account ${x.bucket!.account}.`,
      );
    }
    x.source = found;
    x.write = {
      mode: 'SSE-KMS',
      keyId: wanted.keyArn,
      bucketKey: wanted.bucketKey,
      context: {},
      applied: 'SSE_KMS',
    };
    record.step(
      'pass',
      `${mode} → SSE-KMS`,
      'The object keeps its data, ETag and dates; only its key material changes.',
      {
        source: describeStored(found),
        keyArn: wanted.keyArn,
        bucketKey: wanted.bucketKey,
      },
    );
    return undefined;
  },
  async apply(x, record) {
    const { bucket, version } = x.source!;
    const old = await keysFor(
      x,
      { bucket: bucket.name, key: version.key },
      version.keyMaterial!,
      x.sourceKeys,
    );
    if (!old.ok)
      return failKeyOpening(record, old.error, 'The old key could not be opened', version.keyMaterial);
    const fresh = x.newKey!;
    // Part by part, so only one part's plaintext is in memory; each keeps its place.
    const parts: StoredPart[] = [];
    for (const [index, partNumber] of version.partNumbers.entries()) {
      const plain = await decryptParts(old.value, version, bucket.name, { only: index });
      if (!plain.ok) return failKeyOpening(record, plain.error, 'Decryption failed', version.keyMaterial);
      const place = { ...placeOf(bucket.name, version), partNumber };
      parts.push(await encryptPart(x, fresh.dataKeys, plain.value, place));
    }
    version.keyMaterial = fresh.stored;
    // The object's record of how its encryption was chosen changes with its key material: this
    // request chose SSE-KMS explicitly (the plan above says SSE_KMS, as CloudTrail's SSEApplied
    // reads when a request's own headers chose, spec §1). AWS does not document the field after
    // UpdateObjectEncryption; see docs/differences.md.
    version.sseApplied = x.write!.applied;
    version.parts = parts;
    const segments = parts.flat();
    record.step(
      'pass',
      'Key material replaced',
      'The object is now protected by the new KMS key; ETag, LastModified and version id are unchanged.',
      writeCryptoData(fresh.stored, segments, {
        ivHex: segments.flatMap((s) => s.layers.map((layer) => toHex(layer.iv))),
        tagHex: segments.flatMap((s) => s.layers.map((layer) => toHex(layer.tag))),
      }),
    );
    x.answer = { status: 200, headers: {} };
    return undefined;
  },
};
