/** HTTP header names are case-insensitive (RFC 9110 §5.1): look them up lower-cased. */
export interface HeaderBag {
  get(name: string): string | undefined;
  has(name: string): boolean;
  /** Lower-case names of every header sent. */
  names(): string[];
}

export function headerBag(headers: Record<string, string>): HeaderBag {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) map.set(name.toLowerCase(), String(value));
  return {
    get: (name) => map.get(name.toLowerCase()),
    has: (name) => map.has(name.toLowerCase()),
    names: () => [...map.keys()],
  };
}

/** The SSE request headers, lower-case (MODEL PutObject, CopyObject, UploadPart members). */
export const H = {
  sse: 'x-amz-server-side-encryption',
  kmsKeyId: 'x-amz-server-side-encryption-aws-kms-key-id',
  context: 'x-amz-server-side-encryption-context',
  bucketKey: 'x-amz-server-side-encryption-bucket-key-enabled',
  customerAlgorithm: 'x-amz-server-side-encryption-customer-algorithm',
  customerKey: 'x-amz-server-side-encryption-customer-key',
  customerKeyMd5: 'x-amz-server-side-encryption-customer-key-md5',
  copySource: 'x-amz-copy-source',
  copySourceAlgorithm: 'x-amz-copy-source-server-side-encryption-customer-algorithm',
  copySourceKey: 'x-amz-copy-source-server-side-encryption-customer-key',
  copySourceKeyMd5: 'x-amz-copy-source-server-side-encryption-customer-key-md5',
  metadataDirective: 'x-amz-metadata-directive',
  expectedOwner: 'x-amz-expected-bucket-owner',
  contentType: 'content-type',
  storageClass: 'x-amz-storage-class',
  websiteRedirect: 'x-amz-website-redirect-location',
  objectAttributes: 'x-amz-object-attributes',
  copySourceRange: 'x-amz-copy-source-range',
  range: 'range',
} as const;
