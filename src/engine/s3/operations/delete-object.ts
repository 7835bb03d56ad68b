/**
 * DeleteObject: 204 in every case; a versioned bucket gets a delete marker, a named version is
 * removed for good. No key is needed, even for SSE-C objects (spec §4.2).
 */
import { deleteObject as removeObject } from '../../world/versions.ts';
import { objectKey } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';

export const deleteObject: OperationHandler = {
  apply(x, record) {
    const bucket = x.bucket!;
    const outcome = removeObject(bucket, objectKey(x), x.request.query.versionId, x.nowMs, x.world.deps);
    const detail = outcome.deleteMarker
      ? 'The bucket is versioned: S3 added a delete marker and kept the earlier versions.'
      : 'S3 removed the object (or there was nothing to remove: DELETE is 204 either way).';
    record.step('pass', outcome.deleteMarker ? 'Delete marker added' : 'Object removed', detail, {
      deleteMarker: outcome.deleteMarker,
      ...(outcome.versionId ? { versionId: outcome.versionId } : {}),
    });
    x.answer = {
      status: 204,
      headers: {
        ...(outcome.deleteMarker ? { 'x-amz-delete-marker': 'true' } : {}),
        ...(outcome.versionId ? { 'x-amz-version-id': outcome.versionId } : {}),
      },
    };
    return undefined;
  },
};
