/**
 * What a service principal's request says it acts for: CloudFront origin access control sends
 * `aws:SourceArn` (the distribution) and `aws:SourceAccount`, which bucket and key policies check
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html).
 */
import type { ServiceSource } from '../policy/context/types.ts';
import type { S3Request } from '../types.ts';

export function serviceSource(request: S3Request): ServiceSource | undefined {
  if (request.sourceArn === undefined && request.sourceAccount === undefined) return undefined;
  return {
    ...(request.sourceArn !== undefined ? { sourceArn: request.sourceArn } : {}),
    ...(request.sourceAccount !== undefined ? { sourceAccount: request.sourceAccount } : {}),
  };
}
