/** Finding a stored version in the world snapshot, and the object a trace was about. */
import type { TraceStep, VersionSnapshot, WorldSnapshot } from '../../../engine/index.ts';
import { asString } from '../format/json-data.ts';

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
  const route = trace.find((step) => step.stage === 'route')?.data;
  const source = trace.find(
    (step) => step.stage === 'encryption-choice' && asString(step.data?.versionId) !== undefined,
  )?.data;
  const crypto = trace.find(
    (step) => step.stage === 'crypto' && asString(step.data?.versionId) !== undefined,
  )?.data;
  // A write (PUT, copy target) stored a new version at the route's target; a read names its source.
  const writtenVersion = asString(crypto?.versionId);
  const bucket = writtenVersion
    ? asString(route?.bucket)
    : (asString(source?.bucket) ?? asString(route?.bucket));
  const key = writtenVersion ? asString(route?.key) : (asString(source?.key) ?? asString(route?.key));
  if (!bucket || !key) return undefined;
  const versionId = writtenVersion ?? asString(source?.versionId);
  return versionId === undefined ? { bucket, key } : { bucket, key, versionId };
}
