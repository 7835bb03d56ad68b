import { ALL_BLOCKED, type BucketState } from './types.ts';

/** A bucket as S3 creates one today: SSE-S3 default, SSE-C blocked, Block Public Access all on. */
export function newBucket(name: string, account: string, region: string): BucketState {
  return {
    name,
    account,
    region,
    sseCBlocked: true,
    publicAccessBlock: { ...ALL_BLOCKED },
    objects: new Map(),
    uploads: new Map(),
  };
}
