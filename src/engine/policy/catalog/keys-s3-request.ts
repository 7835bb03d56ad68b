import { type ConditionKeyInfo, key } from './key-types.ts';

/**
 * S3 keys S3 sends for every action: how the request was authenticated and carried
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/bucket-policy-s3-sigv4-conditions.html; spec §6.1).
 */
export const S3_REQUEST_KEYS: readonly ConditionKeyInfo[] = [
  key('s3:TlsVersion', 'Numeric', 'all', 'The TLS version of the connection, e.g. 1.2 (absent over HTTP).'),
  key('s3:signatureversion', 'String', 'all', '"AWS" for Signature Version 2, "AWS4-HMAC-SHA256" for SigV4.'),
  key(
    's3:authType',
    'String',
    'all',
    'REST-HEADER (Authorization header), REST-QUERY-STRING (presigned URL) or POST.',
  ),
  key('s3:signatureAge', 'Numeric', 'all', 'Milliseconds since the request was signed (SigV4; 0 for SigV2).'),
  key(
    's3:x-amz-content-sha256',
    'String',
    'all',
    'The payload hash header, e.g. UNSIGNED-PAYLOAD for an unsigned body.',
  ),
  key('s3:ResourceAccount', 'String', 'all', 'The account ID that owns the bucket.'),
  key(
    's3:AccessPointNetworkOrigin',
    'String',
    'all',
    'Internet or VPC, when the request comes through an access point.',
  ),
  key(
    's3:DataAccessPointAccount',
    'String',
    'all',
    'The account of the access point the request came through.',
  ),
  key('s3:DataAccessPointArn', 'String', 'all', 'The ARN of the access point the request came through.'),
];
