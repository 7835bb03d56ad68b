/**
 * A pasted command names the real bucket, which this playground does not have: S3 here would
 * answer 404 NoSuchBucket at Route. By the rule a pasted policy follows (policy-bucket.ts), a
 * bucket the playground lacks becomes the playground's bucket, and the summary says so in the same
 * words. A copy source in that same bucket follows it; one in another bucket the playground lacks
 * stays as written (guessing which of the playground's buckets it meant would copy the wrong
 * object), and the summary says the copy will answer 404. A put-bucket-policy's policy is
 * retargeted as a pasted policy is.
 */
import { parseCopySource, type RequestInput } from '../../engine/index.ts';
import { policyBucketLines, renamedBucketLine, retargetBucket } from './policy-bucket.ts';

/** The buckets this playground has: its own, and the set-up's other buckets; and its account. */
export interface PlaygroundBuckets {
  bucket: string;
  others: readonly string[];
  /** The account that owns the playground's bucket. */
  account: string;
}

const EXPECTED_OWNER = 'x-amz-expected-bucket-owner';

/**
 * The real bucket's expected owner follows the bucket to the playground's (S3 answers 403 to an
 * owner that is not the bucket's: User Guide, "Verifying bucket ownership with bucket owner
 * condition"); kept, the command that works on AWS would be refused here for the rename alone.
 */
function expectedOwner(request: RequestInput, here: PlaygroundBuckets): { header?: string; line?: string } {
  const { account, bucket } = here;
  const owner = request.headers?.[EXPECTED_OWNER];
  if (owner === undefined || owner === account) return {};
  return {
    header: account,
    line: `Its --expected-bucket-owner ${owner} is the real bucket's owner: it now names ${account}, who owns ${bucket}. Name yours again before you run it for real.`,
  };
}

export interface RetargetedRequest {
  request: RequestInput;
  /** One line per bucket changed or left to fail, for the paste's summary. */
  changes: string[];
}

const COPY_SOURCE = 'x-amz-copy-source';

export function retargetRequest(request: RequestInput, here: PlaygroundBuckets): RetargetedRequest {
  const exists = (name: string) => name === here.bucket || here.others.includes(name);
  const changes: string[] = [];
  const named = request.bucket;
  const renamed = named !== undefined && !exists(named) ? named : undefined;
  const next: RequestInput = renamed === undefined ? { ...request } : { ...request, bucket: here.bucket };
  if (renamed !== undefined)
    changes.push(
      renamedBucketLine({
        renamed,
        bucket: here.bucket,
        now: 'the request now names',
        why: 'since a bucket the playground does not have answers 404 NoSuchBucket',
        forReal: 'run it for real',
      }),
    );
  const source = copySourceBucket(request, renamed, here.bucket, exists);
  if (source.header !== undefined) next.headers = { ...request.headers, [COPY_SOURCE]: source.header };
  if (source.line) changes.push(source.line);
  const owner = renamed === undefined ? {} : expectedOwner(request, here);
  if (owner.header !== undefined)
    next.headers = { ...(next.headers ?? request.headers), [EXPECTED_OWNER]: owner.header };
  if (owner.line) changes.push(owner.line);
  if (request.operation === 'PutBucketPolicy' && typeof request.body === 'string') {
    const target = next.bucket ?? here.bucket;
    const policy = retargetBucket(request.body, target);
    next.body = policy.policyText;
    changes.push(...policyBucketLines(policy, target).map((line) => `Its policy: ${line}`));
  }
  return { request: next, changes };
}

/** The copy source's bucket: it follows a renamed bucket; another one the playground lacks is said to fail. */
function copySourceBucket(
  request: RequestInput,
  renamed: string | undefined,
  bucket: string,
  exists: (name: string) => boolean,
): { header?: string; line?: string } {
  const header = request.headers?.[COPY_SOURCE];
  if (header === undefined) return {};
  const parsed = parseCopySource(header);
  if (!parsed.ok || exists(parsed.value.bucket)) return {};
  const from = parsed.value.bucket;
  if (from === renamed) return { header: header.replace(from, bucket) };
  return {
    line: `Its copy source names the bucket "${from}", which this playground does not have, so the copy answers 404 NoSuchBucket. It is left as written: to copy here, make x-amz-copy-source name ${bucket} (${bucket}/<key>).`,
  };
}
