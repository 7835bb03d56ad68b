/** Finding a stored version in the world snapshot, and the object a trace was about. */
import { findStep, type TraceStep, type VersionSnapshot, type WorldSnapshot } from '../../../engine/index.ts';

export function findVersion(
  snapshot: WorldSnapshot,
  where: { bucket: string; key: string; versionId?: string },
): VersionSnapshot | undefined {
  const versions = snapshot.buckets
    .find((bucket) => bucket.name === where.bucket)
    ?.objects.find((object) => object.key === where.key)?.versions;
  if (!versions) return undefined;
  return where.versionId === undefined
    ? versions.find((version) => version.isLatest)
    : versions.find((version) => version.versionId === where.versionId);
}

/**
 * The object version a run wrote or read, as its steps recorded it: for a write the route's target
 * and the version crypto stored; for a read the stored source the encryption-choice step described.
 */
export function tracedObject(
  trace: readonly TraceStep[],
): { bucket: string; key: string; versionId?: string } | undefined {
  const route = findStep(trace, 'route')?.data;
  const source = findStep(trace, 'encryption-choice', (step) => step.data?.versionId !== undefined)?.data;
  const crypto = findStep(trace, 'crypto', (step) => step.data?.versionId !== undefined)?.data;
  // A write (PUT, copy target) stored a new version at the route's target; a read names its source.
  const writtenVersion = crypto?.versionId;
  const bucket = writtenVersion ? route?.bucket : (source?.bucket ?? route?.bucket);
  const key = writtenVersion ? route?.key : (source?.key ?? route?.key);
  if (!bucket || !key) return undefined;
  const versionId = writtenVersion ?? source?.versionId;
  return versionId === undefined ? { bucket, key } : { bucket, key, versionId };
}
