import { S3Messages } from '../parse/s3-messages.ts';
import { Phase, Step, statementRank } from '../parse/s3-order.ts';
import type { Located, Range, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import { isS3Arn, namesBucket, S3_ARN_PREFIX, s3ArnScope } from './resource-scope.ts';

/** How to write this bucket's resources, for the messages (built only when one is shown). */
const resourceShape = (bucket: string | undefined) =>
  `write arn:aws:s3:::${bucket ?? '<bucket>'} for the bucket or arn:aws:s3:::${bucket ?? '<bucket>'}/* for its objects`;

/** Why a bucket-policy Resource entry is refused; undefined when S3 accepts it. */
function resourceProblem(
  value: string,
  bucket: string | undefined,
): { code: string; message: string } | undefined {
  if (value === '*') {
    return {
      code: 'invalid-resource',
      message: `A bucket policy cannot use "*" as a resource: ${resourceShape(bucket)}`,
    };
  }
  if (!isS3Arn(value) || value.length === S3_ARN_PREFIX.length) {
    return {
      code: 'invalid-resource',
      message: `"${value}" is not an S3 bucket or object ARN: ${resourceShape(bucket)}`,
    };
  }
  const scope = s3ArnScope(value, bucket);
  if (bucket !== undefined && !scope.bucket && !scope.object) {
    return {
      code: 'resource-outside-bucket',
      message: `"${value}" is outside this bucket: a bucket policy can only name ${S3_ARN_PREFIX}${bucket} and its objects`,
    };
  }
  return undefined;
}

/**
 * Resource and NotResource of a bucket policy must name this bucket or its objects ("Policy has
 * invalid resource": conformance vgw-put-policy-resource-*; "*" alone: noobaa-core#10058).
 * A wildcard bucket segment that matches this bucket is accepted (our choice for the uncertain
 * ceph-put-policy-wildcard-bucket-resource) with a warning.
 */
export function checkResources(ctx: CheckContext, statement: Statement): void {
  if (ctx.kind !== 'bucket') return;
  if (statement.resource) checkEntries(ctx, statement, 'Resource', statement.resource);
  if (statement.notResource) checkEntries(ctx, statement, 'NotResource', statement.notResource);
}

function checkEntries(ctx: CheckContext, statement: Statement, element: string, entries: Located<string>[]) {
  const bucket = ctx.options.bucket;
  if (entries.length === 0) {
    report(
      ctx,
      statement,
      'invalid-resource',
      `${element} is an empty list: name the bucket or its objects`,
      statement.range,
      0,
    );
  }
  for (let item = 0; item < entries.length; item++) {
    const entry = entries[item]!;
    const problem = resourceProblem(entry.value, bucket);
    if (problem) report(ctx, statement, problem.code, problem.message, entry.range, item);
    else if (bucket !== undefined && !namesBucket(entry.value, bucket)) {
      ctx.sink.addAt(
        {
          severity: 'warning',
          code: 'wildcard-bucket',
          message: `The bucket part of "${entry.value}" is a wildcard: in this bucket's policy it only ever matches ${S3_ARN_PREFIX}${bucket}; write the bucket name to say so`,
          rank: [Phase.Advice],
        },
        entry.range,
      );
    }
  }
}

function report(
  ctx: CheckContext,
  statement: Statement,
  code: string,
  message: string,
  range: Range,
  item: number,
) {
  ctx.sink.addAt(
    {
      code,
      message,
      rank: statementRank(statement.index, Step.ResourceValue, item),
      s3Message: S3Messages.invalidResource,
    },
    range,
  );
}
