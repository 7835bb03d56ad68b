/**
 * Conditional writes on PutObject and CompleteMultipartUpload (UG "How to prevent object
 * overwrites with conditional writes"; API PutObject IfMatch/IfNoneMatch; LS put_object and
 * complete_multipart_upload, recorded against AWS):
 * - `If-None-Match` takes only `*`, `If-Match` takes no `*`, and not both together: 501;
 * - `If-None-Match: *` fails with 412 when the key has a current object (a delete marker is none);
 * - `If-Match` fails with 404 NoSuchKey when there is no object and 412 when the ETag differs;
 * - completing an upload whose key was written or deleted after the upload began answers 409
 *   ConditionalRequestConflict ("If a conflicting operation occurs during the upload").
 */
import { err, ok, type Result } from '../../result.ts';
import type { BucketState, MultipartUpload } from '../../world/types.ts';
import { currentVersion } from '../../world/versions.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import type { HeaderBag } from '../header-bag.ts';
import { WireErrors } from '../wire-errors.ts';
import { sameEtag } from './etag-match.ts';

export interface WriteCondition {
  header: 'If-None-Match' | 'If-Match';
  value: string;
}

/** Stage 2: the shape of the conditional headers, before any policy. */
export function readWriteCondition(headers: HeaderBag): Result<WriteCondition | undefined, S3Failure> {
  const ifMatch = headers.get('if-match');
  const ifNoneMatch = headers.get('if-none-match');
  if (ifMatch !== undefined && ifNoneMatch !== undefined) {
    return err(
      WireErrors.conditionNotImplemented(
        'If-Match,If-None-Match',
        'Multiple conditional request headers present in the request',
      ),
    );
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') return err(notAccepted('If-None-Match'));
    return ok({ header: 'If-None-Match', value: '*' });
  }
  if (ifMatch !== undefined) {
    // LS names If-None-Match in this answer too; the simulator keeps that AWS wording.
    if (ifMatch.trim() === '*') return err(notAccepted('If-None-Match'));
    return ok({ header: 'If-Match', value: ifMatch });
  }
  return ok(undefined);
}

const notAccepted = (header: string) =>
  WireErrors.conditionNotImplemented(
    header,
    `We don't accept the provided value of ${header} header for this API`,
  );

/** Whether the write may go ahead, judged against the key's current version now. */
export function checkWriteCondition(
  condition: WriteCondition,
  bucket: BucketState,
  key: string,
  upload?: MultipartUpload,
): S3Failure | undefined {
  const current = currentVersion(bucket, key);
  const exists = current !== undefined && !current.deleteMarker;
  if (condition.header === 'If-None-Match') {
    if (exists) return WireErrors.preconditionFailed('If-None-Match');
    if (upload?.keyChangedDuringUpload) return conflict('If-None-Match', key);
    return undefined;
  }
  if (!exists) return S3Errors.noSuchKey(key);
  if (!sameEtag(condition.value, current.etag)) return WireErrors.preconditionFailed('If-Match');
  if (upload && current.lastModifiedMs > upload.initiatedMs) return conflict('If-Match', key);
  return undefined;
}

const conflict = (condition: string, key: string): S3Failure => {
  const answer = WireErrors.conditionalRequestConflict();
  return { ...answer, fields: { ...answer.fields, Condition: condition, Key: key } };
};
