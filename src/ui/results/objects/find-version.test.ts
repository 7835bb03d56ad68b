import { describe, expect, it } from 'vitest';
import type {
  StageData,
  StageStep,
  TraceStage,
  VersionSnapshot,
  WorldSnapshot,
} from '../../../engine/index.ts';
import { findVersion, tracedObject } from './find-version.ts';

const version = (versionId: string, isLatest: boolean): VersionSnapshot => ({
  versionId,
  isLatest,
  deleteMarker: false,
  size: 1,
  etag: '"e"',
  lastModified: '2026-01-01T00:00:00.000Z',
  contentType: 'text/plain',
  metadata: {},
  bucketKey: false,
  segments: [],
});

const snapshot = {
  buckets: [{ name: 'b', objects: [{ key: 'k', versions: [version('v2', true), version('v1', false)] }] }],
} as unknown as WorldSnapshot;

const step = <S extends TraceStage>(stage: S, data?: StageData[S]): StageStep<S> => ({
  stage,
  outcome: 'pass',
  title: '',
  detail: '',
  ...(data ? { data } : {}),
});

describe('findVersion', () => {
  it.each([
    { name: 'no version id finds the latest', where: { bucket: 'b', key: 'k' }, expected: 'v2' },
    {
      name: 'a version id finds that version',
      where: { bucket: 'b', key: 'k', versionId: 'v1' },
      expected: 'v1',
    },
    { name: 'an unknown key finds nothing', where: { bucket: 'b', key: 'x' }, expected: undefined },
    { name: 'an unknown bucket finds nothing', where: { bucket: 'c', key: 'k' }, expected: undefined },
  ])('$name', ({ where, expected }) => {
    expect(findVersion(snapshot, where)?.versionId).toBe(expected);
  });
});

describe('tracedObject', () => {
  it.each([
    {
      name: 'a PUT names the route target and the version crypto stored',
      trace: [
        step('route', { operation: 'GetObject', bucket: 'b', key: 'k' }),
        step('crypto', { versionId: 'v9' }),
      ],
      expected: { bucket: 'b', key: 'k', versionId: 'v9' },
    },
    {
      name: 'a read names the stored source the encryption-choice step described',
      trace: [
        step('route', { operation: 'GetObject', bucket: 'b', key: 'k' }),
        step('encryption-choice', { bucket: 'src', key: 'o', versionId: 'v1' }),
      ],
      expected: { bucket: 'src', key: 'o', versionId: 'v1' },
    },
    {
      name: 'a bucket-level request names no object',
      trace: [step('route', { operation: 'GetBucketPolicy', bucket: 'b' })],
      expected: undefined,
    },
  ])('$name', ({ trace, expected }) => {
    expect(tracedObject(trace)).toEqual(expected);
  });
});
