/**
 * Stage 1, route: which bucket and object the request names. A bucket that exists nowhere is
 * 404 NoSuchBucket for every operation (spec §1.2); an object operation needs a key.
 */
import { MAX_KEY_BYTES, S3Errors } from '../errors.ts';
import { failure } from '../failure.ts';
import { type Exchange, type StageVerdict, touches } from './exchange.ts';
import type { StageRecorder } from './recorder.ts';

export function route(x: Exchange, record: StageRecorder<'route'>): StageVerdict {
  const { operation, bucket: name, key } = x.request;
  const bucket = x.world.buckets.get(name);
  if (!bucket) {
    return record.fail(
      S3Errors.noSuchBucket(name),
      `Bucket ${name} does not exist`,
      `No bucket named "${name}" exists, so S3 answers 404 before it looks at headers, policies or keys.`,
      `Send the request to an existing bucket (${[...x.world.buckets.keys()].join(', ')}).`,
      { operation, bucket: name },
    );
  }
  if (x.traits.scope === 'object' && !key) {
    // Without a key the HTTP request would address the bucket, not an object: S3 would route it
    // to another API. The simulator answers with the closest S3 error instead.
    const noKey = failure(400, 'InvalidRequest', `${operation} needs an object key.`);
    return record.fail(
      noKey,
      'No object key',
      `${operation} works on one object, and the request names none.`,
      'Give the object key.',
      { operation },
    );
  }
  const keyBytes = key === undefined ? 0 : new TextEncoder().encode(key).length;
  // An operation whose SSE headers choose how new data is encrypted names a new object (PutObject,
  // CopyObject, CreateMultipartUpload): its key must fit S3's limit; a read of such a key finds nothing.
  if (keyBytes > MAX_KEY_BYTES && x.traits.sse === 'write') {
    touches(x, 'key-too-long-fields');
    return record.fail(
      S3Errors.keyTooLong(keyBytes),
      'Object key too long',
      `The key is ${keyBytes} bytes in UTF-8; S3 object keys are at most ${MAX_KEY_BYTES} bytes.`,
      'Shorten the key (characters outside ASCII take 2 to 4 bytes each).',
      { operation, keyBytes },
    );
  }
  x.bucket = bucket;
  record.pass(`${operation} on ${key ? `${name}/${key}` : name}`, routeDetail(x), {
    operation,
    bucket: name,
    ...(key ? { key } : {}),
    bucketAccount: bucket.account,
    query: x.request.query,
  });
  return undefined;
}

function routeDetail(x: Exchange): string {
  const scope = x.traits.scope === 'object' ? 'an object operation' : 'a bucket-level operation';
  return `S3 routed the request to ${scope} on bucket ${x.request.bucket}, owned by account ${x.bucket?.account}.`;
}
