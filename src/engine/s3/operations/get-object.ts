/**
 * GetObject and HeadObject (spec §4.4, §8, §10): find the version, check the SSE-C headers against
 * it, open the key (KMS Decrypt in the KMS stage; S3's root key or the customer key here) and,
 * for GET, decrypt. `partNumber` reads one part (206, Content-Range; x-amz-mp-parts-count for an
 * object uploaded in parts); a `Range` header reads one byte range (206, Content-Range).
 */
import { toHex } from '../../crypto/bytes.ts';
import type { ObjectData } from '../../crypto/chunked-bytes.ts';
import type { ObjectVersion } from '../../world/types.ts';
import { evaluateReadConditions } from '../conditional/read-conditions.ts';
import { S3Errors } from '../errors.ts';
import { headerBag } from '../header-bag.ts';
import { cancelledRead, type Exchange, objectKey, type StageVerdict } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, CryptoRecorder, OperationHandler } from '../pipeline/handler.ts';
import { sseResponseHeaders } from '../sse-response-headers.ts';
import { WireErrors } from '../wire-errors.ts';
import { type RangeRead, readRange } from './byte-range.ts';
import { openedKeyData } from './crypto-trace.ts';
import { failKeyOpening } from './key-failure.ts';
import { missingKeyHidden } from './missing-key.ts';
import { keysFor, readParts } from './object-bytes.ts';
import { httpDate } from './object-meta.ts';
import { readChecksumHeaders } from './read-checksum.ts';
import { describeStored, findSource, isStoredSource } from './read-source.ts';

export function chooseRead(x: Exchange, record: ChoiceRecorder): StageVerdict {
  const found = findSource(record, {
    bucket: x.bucket!,
    key: objectKey(x),
    ...(x.request.query.versionId !== undefined ? { versionId: x.request.query.versionId } : {}),
    ...(x.customerKey ? { customerKey: x.customerKey } : {}),
    what: 'object',
    onMissing: (error) => missingKeyHidden(x, record, error),
  });
  if (!isStoredSource(found)) return found;
  x.source = found;
  const partProblem =
    checkPartNumber(x, record, found.version) ?? checkReadConditions(x, record, found.version);
  if (partProblem) return partProblem;
  const mode = found.version.keyMaterial?.mode;
  record.step('pass', `Stored with ${mode}`, readDetail(mode), describeStored(found));
  return undefined;
}

function readDetail(mode: string | undefined): string {
  if (mode === 'SSE-C')
    return 'The object is SSE-C: S3 will check the given key against the salted HMAC it stored.';
  if (mode === 'SSE-S3') return 'The object is SSE-S3: S3 unwraps its data key with its own root key.';
  return 'The object is encrypted under a KMS key: reading the data needs KMS Decrypt with the stored encryption context.';
}

/**
 * A part number past the object's parts is 416 InvalidPartNumber; an object that was not uploaded
 * in parts has one part (openstack/swift test/s3api/test_mpu.py `test_part_number_non_mpu`, a suite
 * that runs against AWS). Whether the number is 1 to 10000 at all was checked with the headers.
 */
function checkPartNumber(x: Exchange, record: ChoiceRecorder, version: ObjectVersion): StageVerdict {
  const requested = x.request.query.partNumber;
  if (requested === undefined) return undefined;
  const count = version.multipart ? version.parts.length : 1;
  if (Number(requested) > count) {
    return record.fail(
      S3Errors.invalidPartNumber(count, requested),
      'Part number out of range',
      `The object has ${count} part${count === 1 ? '' : 's'}; part ${requested} does not exist.`,
      `Ask for a part from 1 to ${count}, or leave partNumber out.`,
      { partsCount: count },
    );
  }
  return undefined;
}

/** If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since (read-conditions.ts). */
function checkReadConditions(x: Exchange, record: ChoiceRecorder, version: ObjectVersion): StageVerdict {
  const verdict = evaluateReadConditions(x.headers, version);
  if (verdict.outcome === 'proceed') {
    if (verdict.evaluated.length > 0) {
      record.step(
        'pass',
        `${verdict.evaluated.join(', ')} hold`,
        'The stored ETag and Last-Modified satisfy the conditions.',
        {
          conditions: verdict.evaluated,
        },
      );
    }
    return undefined;
  }
  if (verdict.outcome === 'precondition-failed') {
    return record.fail(
      WireErrors.preconditionFailed(verdict.condition),
      `${verdict.condition} does not hold`,
      verdict.condition === 'If-Match'
        ? `If-Match names an ETag the object does not have (it has ${version.etag}).`
        : `The object was modified (${httpDate(version.lastModifiedMs)}) after the If-Unmodified-Since date.`,
      'Read the current ETag and Last-Modified (HeadObject) and send those, or drop the condition.',
      { condition: verdict.condition, etag: version.etag },
    );
  }
  return record.fail(
    WireErrors.notModified({ etag: version.etag, 'last-modified': httpDate(version.lastModifiedMs) }),
    `${verdict.condition}: not modified`,
    verdict.condition === 'If-None-Match'
      ? `The object still has the ETag the request names (${version.etag}), so the copy the client holds is current.`
      : `The object was not modified after the If-Modified-Since date (it was last modified ${httpDate(version.lastModifiedMs)}).`,
    'Use the copy you have; drop the condition to read the object again.',
    { condition: verdict.condition, etag: version.etag },
  );
}

async function readObject(x: Exchange, record: CryptoRecorder, withBody: boolean): Promise<StageVerdict> {
  const { bucket, version } = x.source!;
  const stored = version.keyMaterial!;
  const needsKey = withBody || stored.mode === 'SSE-C';
  const partRead = x.request.query.partNumber !== undefined;
  // A part read of an object not uploaded in parts reads its one part: the whole object, 206.
  const partIndex = partRead && version.multipart ? Number(x.request.query.partNumber) - 1 : undefined;
  const rangeHeader = headerBag(x.request.headers).get('range');
  const range: RangeRead = partIndex === undefined ? readRange(rangeHeader, version.size) : { kind: 'whole' };
  if (range.kind === 'unsatisfiable') {
    return record.fail(
      S3Errors.invalidRange(rangeHeader ?? '', version.size),
      'Range not satisfiable',
      `The object holds ${version.size} bytes, and the range "${rangeHeader}" asks for none of them.`,
      'Ask for a range that starts before the end of the object, or leave the Range header out.',
    );
  }
  const partial = partRead || range.kind === 'range';
  const headers = objectHeaders(bucket.versioning !== undefined, version, partIndex, range, partRead);
  const checksumRead = { version, bucket: bucket.name, partIndex, range };
  // A stored checksum the simulator computes at its first read cannot fail but on bytes changed
  // in the world's memory, which only a test does; it then fails as a GET of them would.
  const answer = async (keys?: CryptoKey[], body?: ObjectData): Promise<StageVerdict> => {
    // The answer's plaintext is the whole object's only for a whole read.
    const whole = range.kind === 'whole' && partIndex === undefined ? body : undefined;
    const checksum = await readChecksumHeaders(x, checksumRead, keys, whole);
    if (!checksum.ok)
      return x.cancelled
        ? checksum.error
        : failKeyOpening(record, checksum.error, 'Decryption failed', stored);
    const all = { ...headers, ...checksum.value };
    x.answer = { status: partial ? 206 : 200, headers: all, ...(body ? { body } : {}) };
    return undefined;
  };
  if (!needsKey && x.sourceKeys === undefined) {
    record.step('skip', 'No decryption for HEAD', 'HEAD returns the metadata only; S3 decrypts nothing.');
    return answer();
  }
  const keys = await keysFor(
    x,
    { bucket: bucket.name, key: version.key },
    stored,
    x.sourceKeys,
    x.customerKey,
  );
  if (!keys.ok)
    return failKeyOpening(record, keys.error, 'The key does not open this object', stored, x.customerKey);
  if (!withBody) {
    record.step(
      'pass',
      stored.mode === 'SSE-C' ? 'Customer key matches' : 'Data key opened for the checksum',
      stored.mode === 'SSE-C'
        ? 'The salted HMAC of the given key equals the one stored with the object, so HEAD answers without decrypting.'
        : 'x-amz-checksum-mode: ENABLED: S3 opened the data key to read the checksum it stored with the object; no object data is returned.',
      openedKeyData(stored, x.sourceKmsDecrypts),
    );
    return answer(keys.value);
  }
  // Only the segments that hold the wanted bytes are decrypted.
  const plain = await readParts(keys.value, version, bucket.name, {
    ...(partIndex !== undefined ? { only: partIndex } : {}),
    ...(range.kind === 'range' ? { range: { start: range.start, end: range.end + 1 } } : {}),
    ...(x.onBytes ? { onBytes: x.onBytes } : {}),
    ...(x.signal ? { signal: x.signal } : {}),
  });
  const segments = (
    partIndex === undefined ? version.parts : version.parts.slice(partIndex, partIndex + 1)
  ).flat();
  if (!plain.ok) return failKeyOpening(record, plain.error, 'Decryption failed', stored);
  if (plain.value === 'stopped') return cancelledRead(x);
  record.step(
    'pass',
    `Decrypted ${plain.value.length} bytes`,
    'AES-256-GCM verified each tag and returned the data.',
    {
      ...openedKeyData(stored, x.sourceKmsDecrypts),
      segments: segments.length,
      ivHex: segments.flatMap((segment) => segment.layers.map((layer) => toHex(layer.iv))),
      tagHex: segments.flatMap((segment) => segment.layers.map((layer) => toHex(layer.tag))),
      tagVerified: true,
    },
  );
  return answer(keys.value, plain.value);
}

function objectHeaders(
  versioned: boolean,
  version: ObjectVersion,
  partIndex: number | undefined,
  range: RangeRead,
  partRead: boolean,
): Record<string, string> {
  const start =
    range.kind === 'range'
      ? range.start
      : partIndex === undefined
        ? 0
        : version.partSizes.slice(0, partIndex).reduce((a, b) => a + b, 0);
  const length =
    range.kind === 'range'
      ? range.end - range.start + 1
      : partIndex === undefined
        ? version.size
        : (version.partSizes[partIndex] ?? 0);
  return {
    'accept-ranges': 'bytes',
    'content-length': String(length),
    'content-type': version.contentType,
    etag: version.etag,
    'last-modified': httpDate(version.lastModifiedMs),
    ...(versioned ? { 'x-amz-version-id': version.versionId } : {}),
    ...version.metadata,
    ...sseResponseHeaders(version.keyMaterial),
    ...(partIndex === undefined ? {} : { 'x-amz-mp-parts-count': String(version.parts.length) }),
    ...(!partRead && range.kind !== 'range'
      ? {}
      : { 'content-range': `bytes ${start}-${start + length - 1}/${version.size}` }),
  };
}

export const getObject: OperationHandler = {
  choose: chooseRead,
  apply: (x, record) => readObject(x, record, true),
};
export const headObject: OperationHandler = {
  choose: chooseRead,
  apply: (x, record) => readObject(x, record, false),
};
