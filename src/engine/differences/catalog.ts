/**
 * The differences from S3 that a request can touch, one per entry of docs/differences.md (the id is
 * the entry's heading). When a request touches one, its outcome carries the note, and the trace
 * shows it, so nobody is silently taught something unverified. A test keeps this list and the
 * document in step.
 */
export const DIFFERENCES = {
  'signatures-not-computed':
    'Signatures are declared, not computed: the playground never checks an HMAC, so a wrong secret key cannot happen here.',
  'signature-check-order':
    'The order of the signature checks (expiry, skew, POST policy) relative to header validation is assumed.',
  'signature-age-on-header-requests':
    'AWS documents s3:signatureAge for presigned URLs and POST; that it carries the age of a header-signed request too is assumed.',
  'request-time-too-skewed-message':
    'The RequestTimeTooSkewed message and fields follow recorded answers of S3-compatible suites, not an AWS recording.',
  'sse-c-key-in-query-string':
    'S3 takes SSE-C keys only as headers with a presigned URL; that it ignores them in the query string (rather than refusing the request) is assumed.',
  'post-policy-subset':
    'POST policies are checked for expiration, eq, starts-with, content-length-range and extra fields; other form rules of S3 (file size limits of the form, redirects) are not modelled.',
  'tls-handshake-refused':
    'S3 refuses TLS 1.0 and 1.1 at the handshake; the playground shows that as "no HTTP answer" (status 0) with the TLS alert protocol_version, which is assumed.',
  'user-metadata-size-count':
    'User metadata is limited to 2,048 bytes of keys and values; counting each key without its x-amz-meta- prefix, and when S3 checks it, are assumed.',
  'key-too-long-fields':
    'The Size and MaxSizeAllowed children of KeyTooLongError, and the operations that check the key length, are assumed.',
  'kms-stored-object-before-authorization':
    'That S3 refuses a read of a KMS object over HTTP or without SigV4 before the bucket policy (400 even to a caller without rights) is assumed.',
  'missing-key-without-list-bucket':
    'A missing key read without s3:ListBucket answers 403 (documented); its message, and the 404 kept for a missing version or a delete marker, are assumed.',
  'part-number-check-order':
    'That partNumber and Range are checked with the headers, before authorization, is assumed.',
  'key-deletion-read-error':
    "S3's answer for an object whose KMS key has been deleted is assumed to relay KMS's NotFoundException.",
  'legacy-oai-with-sse-kms':
    'AWS documents that an origin access identity cannot read SSE-KMS objects; the 403 answer shown is assumed.',
  'service-principal-context':
    'A service principal request carries aws:SourceArn, aws:SourceAccount and aws:PrincipalServiceName as declared; CloudFront itself is not modelled.',
  'sdk-checksum-algorithm-mismatch':
    'The answer to an x-amz-sdk-checksum-algorithm that names another algorithm than the checksum header sent is assumed.',
  'object-attributes-checksum-key':
    'That GetObjectAttributes needs KMS Decrypt to answer the Checksum of a KMS-encrypted object, as a HEAD with checksum mode does, is assumed.',
  'object-attributes-parts':
    'GetObjectAttributes answers ObjectParts with TotalPartsCount only; S3 also lists the parts with their checksums for an upload that had them.',
  'complete-checksum-type':
    "The answer to a Complete whose x-amz-checksum-type is not the upload's follows S3-compatible suites, not an AWS recording.",
  'checksum-type-value':
    'The answer to an x-amz-checksum-type that is neither FULL_OBJECT nor COMPOSITE is assumed.',
  'finished-upload-window':
    'S3 answers a retried Complete or a late Abort for a while after an upload finished; the playground keeps 24 hours.',
  'conditional-complete-conflict':
    'When S3 answers 409 ConditionalRequestConflict to a conditional Complete is assumed from its documentation.',
  'copy-range-argument-value': 'The ArgumentValue child of the answer to CopyObject with Range is assumed.',
  'vpc-endpoint-declared':
    'The VPC endpoint is declared, not routed: no endpoint policy, and aws:SourceVpc only when a VPC id is given.',
} as const;

export type DifferenceId = keyof typeof DIFFERENCES;

export interface DifferenceNote {
  id: DifferenceId;
  note: string;
}

export function differenceNote(id: DifferenceId): DifferenceNote {
  return { id, note: DIFFERENCES[id] };
}
