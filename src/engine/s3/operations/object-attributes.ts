/**
 * GetObjectAttributes (MODEL; spec §4.2): the attributes named in x-amz-object-attributes. An
 * SSE-C object needs its key headers; the answer carries no SSE headers.
 */
import type { JsonObject } from '../../types.ts';
import { H } from '../header-bag.ts';
import { touches } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';
import { openedKeyData } from './crypto-trace.ts';
import { chooseRead } from './get-object.ts';
import { failKeyOpening } from './key-failure.ts';
import { keysFor } from './object-bytes.ts';
import { httpDate } from './object-meta.ts';

export const getObjectAttributes: OperationHandler = {
  choose: chooseRead,
  async apply(x, record) {
    const { bucket, version } = x.source!;
    const stored = version.keyMaterial!;
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
    }
    const wanted = new Set((x.headers.get(H.objectAttributes) ?? '').split(',').map((name) => name.trim()));
    const body: JsonObject = { LastModified: new Date(version.lastModifiedMs).toISOString() };
    if (bucket.versioning !== undefined) body.VersionId = version.versionId;
    if (wanted.has('ETag')) body.ETag = version.etag.replaceAll('"', '');
    if (wanted.has('ObjectSize')) body.ObjectSize = version.size;
    if (wanted.has('StorageClass')) body.StorageClass = 'STANDARD';
    if (wanted.has('ObjectParts') && version.multipart)
      body.ObjectParts = { TotalPartsCount: version.parts.length };
    if (wanted.has('Checksum')) touches(x, 'object-attributes-checksum');
    record.step(
      'skip',
      'Attributes only',
      stored.mode === 'SSE-C'
        ? 'The customer key matched the salted HMAC S3 stored; GetObjectAttributes then reads metadata only, no data is decrypted.'
        : 'GetObjectAttributes reads metadata; no data is decrypted.',
      stored.mode === 'SSE-C' ? openedKeyData(stored, undefined) : { mode: stored.mode },
    );
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
