/**
 * The AWS CLI's option names for S3 request headers and query parameters (AWS CLI s3api reference:
 * put-object, get-object, head-object, copy-object, create-multipart-upload, upload-part, ...).
 * "Copy as AWS CLI" writes them and "Paste from AWS CLI" reads them, from this one table.
 */
export const HEADER_OPTIONS: Record<string, string> = {
  'x-amz-server-side-encryption': '--server-side-encryption',
  'x-amz-server-side-encryption-aws-kms-key-id': '--ssekms-key-id',
  'x-amz-server-side-encryption-context': '--ssekms-encryption-context',
  'x-amz-server-side-encryption-customer-algorithm': '--sse-customer-algorithm',
  'x-amz-copy-source': '--copy-source',
  'x-amz-copy-source-server-side-encryption-customer-algorithm': '--copy-source-sse-customer-algorithm',
  'x-amz-metadata-directive': '--metadata-directive',
  'x-amz-expected-bucket-owner': '--expected-bucket-owner',
  'content-type': '--content-type',
  'content-md5': '--content-md5',
  // --checksum-algorithm: the CLI computes the x-amz-checksum-* value itself (put-object, upload-part);
  // on create-multipart-upload and copy-object the option writes x-amz-checksum-algorithm.
  'x-amz-sdk-checksum-algorithm': '--checksum-algorithm',
  'x-amz-checksum-algorithm': '--checksum-algorithm',
  'x-amz-checksum-crc32': '--checksum-crc32',
  'x-amz-checksum-crc32c': '--checksum-crc32c',
  'x-amz-checksum-crc64nvme': '--checksum-crc64nvme',
  'x-amz-checksum-sha1': '--checksum-sha1',
  'x-amz-checksum-sha256': '--checksum-sha256',
  'x-amz-checksum-mode': '--checksum-mode',
  'if-match': '--if-match',
  'if-none-match': '--if-none-match',
  'if-modified-since': '--if-modified-since',
  'if-unmodified-since': '--if-unmodified-since',
  range: '--range',
};

/** The CLI base64-encodes an SSE-C key and computes its MD5 itself, so it reads the raw key from a file. */
export const KEY_FILES: Record<string, [string, string]> = {
  'x-amz-server-side-encryption-customer-key': ['--sse-customer-key', 'sse-c.key'],
  'x-amz-copy-source-server-side-encryption-customer-key': [
    '--copy-source-sse-customer-key',
    'copy-source-sse-c.key',
  ],
};

export const MD5_HEADERS: Record<string, string> = {
  'x-amz-server-side-encryption-customer-key': 'x-amz-server-side-encryption-customer-key-MD5',
  'x-amz-copy-source-server-side-encryption-customer-key':
    'x-amz-copy-source-server-side-encryption-customer-key-MD5',
};

export const QUERY_OPTIONS: Record<string, string> = {
  versionId: '--version-id',
  uploadId: '--upload-id',
  partNumber: '--part-number',
};

export const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Options every AWS CLI command takes that do not change the request S3 sees. */
export const GLOBAL_VALUED = new Set([
  '--region',
  '--profile',
  '--output',
  '--query',
  '--ca-bundle',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--color',
]);
export const GLOBAL_FLAGS = new Set(['--no-verify-ssl', '--no-paginate', '--debug', '--no-cli-pager']);
