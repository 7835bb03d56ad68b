/**
 * A valid starting input for the operations whose body is JSON in the AWS CLI's shape, so a
 * builder that switches to one starts from something S3 accepts, never from the previous body.
 * The shapes are the S3 API reference's request members (and what this engine checks):
 * - UpdateObjectEncryption: `ObjectEncryption.SSEKMS` with a full `KMSKeyArn` of the bucket
 *   owner's account and `BucketKeyEnabled` (API_UpdateObjectEncryption, API_ObjectEncryption);
 * - PutBucketEncryption: one rule with `ApplyServerSideEncryptionByDefault` (API_PutBucketEncryption);
 * - PutBucketVersioning: `Status` (API_PutBucketVersioning);
 * - PutPublicAccessBlock: the four settings (API_PutPublicAccessBlock).
 * Operations without an entry (a policy, a part list, KMS inputs) have no single good start.
 */
import type { JsonObject, Operation } from '../types.ts';

export interface InputTemplateContext {
  account: string;
  region: string;
  /** A customer managed key of the bucket owner's account in the bucket's Region, if there is one. */
  customerKeyArn?: string;
}

/** Shown in place of a key id when the account has no customer managed key yet. */
export const KEY_ID_PLACEHOLDER = 'REPLACE-WITH-YOUR-KEY-ID';

const TEMPLATES: Partial<Record<Operation, (context: InputTemplateContext) => JsonObject>> = {
  UpdateObjectEncryption: ({ account, region, customerKeyArn }) => ({
    ObjectEncryption: {
      SSEKMS: {
        KMSKeyArn: customerKeyArn ?? `arn:aws:kms:${region}:${account}:key/${KEY_ID_PLACEHOLDER}`,
        BucketKeyEnabled: false,
      },
    },
  }),
  PutBucketEncryption: () => ({
    Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
  }),
  PutBucketVersioning: () => ({ Status: 'Enabled' }),
  PutPublicAccessBlock: () => ({
    BlockPublicAcls: true,
    IgnorePublicAcls: true,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
  }),
};

/** The operation's starting input, or undefined when it has none. */
export function inputTemplate(operation: Operation, context: InputTemplateContext): JsonObject | undefined {
  return TEMPLATES[operation]?.(context);
}

/**
 * Headers an operation needs before S3 accepts it, with a value it accepts: GetObjectAttributes
 * answers 400 InvalidArgument without `x-amz-object-attributes` (API GetObjectAttributes,
 * "ObjectAttributes ... Required: Yes"). The builder starts from these, as from `inputTemplate`.
 * Checksum is left out of the start: reading it opens the object's data key (a KMS Decrypt).
 */
const STARTING_HEADERS: Partial<Record<Operation, Record<string, string>>> = {
  GetObjectAttributes: { 'x-amz-object-attributes': 'ETag,ObjectSize,StorageClass,ObjectParts' },
};

/** The operation's starting headers (lower-case names), empty when it needs none. */
export function startingHeaders(operation: Operation): Readonly<Record<string, string>> {
  return STARTING_HEADERS[operation] ?? {};
}
