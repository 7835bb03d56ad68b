/**
 * A read of a key that does not exist (GetObject, HeadObject, GetObjectAttributes): S3 answers 404
 * NoSuchKey only to a caller who may list the bucket, and 403 AccessDenied to anyone else, "If you
 * don't have the s3:ListBucket permission, Amazon S3 returns an HTTP status code 403" (API
 * reference of all three, "Permissions"). A read that names a version, and a current version that
 * is a delete marker, keep their 404: the documents do not say (docs/differences.md,
 * missing-key-without-list-bucket, which also marks the 403's message as assumed).
 */
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import { listBucketCheck } from '../pipeline/authorization.ts';
import { type Exchange, objectKey, type StageVerdict, touches } from '../pipeline/exchange.ts';
import type { ChoiceRecorder } from '../pipeline/handler.ts';

/** `missing`: the lookup's own failure (findSource), so the object is looked up once. */
export function missingKeyHidden(x: Exchange, record: ChoiceRecorder, missing: S3Failure): StageVerdict {
  const bucket = x.bucket;
  if (!bucket || x.request.query.versionId !== undefined) return undefined;
  if (missing.code !== 'NoSuchKey' || missing.headers?.['x-amz-delete-marker']) return undefined;
  const key = objectKey(x);
  const list = listBucketCheck(x, bucket);
  if (list.authorization.decision === 'Allow') return undefined;
  touches(x, 'missing-key-without-list-bucket');
  return record.fail(
    S3Errors.accessDenied(),
    'No such object, and no s3:ListBucket: 403',
    `No object named "${key}" exists, but ${list.data.principal} may not list bucket ${bucket.name} (s3:ListBucket), so S3 answers 403 AccessDenied rather than 404: without the right to list a bucket, nobody learns from S3 which keys are not in it.`,
    `Write the object first, or allow s3:ListBucket on arn:aws:s3:::${bucket.name} to get 404 NoSuchKey for missing keys.`,
    { bucket: bucket.name, key, listBucket: list.data },
  );
}
