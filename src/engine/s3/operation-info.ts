/**
 * What the operation catalog says about one operation (`operation-catalog.ts` holds the table).
 * Sources: the S3 API reference (MODEL input members, HTTP method and sub-resource of each API),
 * spec §4/§5 for the SSE headers, and the Service Authorization Reference for the IAM actions.
 */
import type { Operation } from '../types.ts';

export type OperationScope = 'object' | 'bucket' | 'kms';

/** `bytes`: object data; `json`: the operation's input in the AWS CLI shape; `none`: no body. */
export type BodyKind = 'bytes' | 'json' | 'none';

/**
 * `write`: the SSE headers choose how new object data is encrypted (and SSE-C's key);
 * `customer`: only SSE-C's key headers, the others are refused with 400 (spec §5);
 * `none`: S3 does not look at SSE headers.
 */
export type SseHeaderUse = 'write' | 'customer' | 'none';

export interface OperationInfo {
  operation: Operation;
  scope: OperationScope;
  body: BodyKind;
  sse: SseHeaderUse;
  /** The SSE headers S3 reads for this operation (lower-case). */
  acceptsSseHeaders: readonly string[];
  /** The SSE headers S3 answers 400 to (lower-case); headers in neither list are ignored. */
  refusesSseHeaders: readonly string[];
  /** Its SSE headers choose the encryption of the data it writes (else the bucket default does). */
  choosesEncryption: boolean;
  /** It names a source object in `x-amz-copy-source`. */
  readsSource: boolean;
  /** It writes object data, so the bucket's blocked encryption types apply (spec §1.3). */
  writesData: boolean;
  /**
   * It encrypts object data under a data key: new bytes, a copy, a part, or UpdateObjectEncryption's
   * new key chain. Its crypto step shows that key chain.
   */
  encryptsData: boolean;
  /**
   * When it opens the stored data key of the object it reads (and so calls KMS Decrypt for an
   * object under a KMS key): reads and copies always; HeadObject only with
   * `x-amz-checksum-mode: ENABLED`, because S3 keeps the checksum encrypted with the object (API
   * HeadObject ChecksumMode: "you must also have the kms:GenerateDataKey and kms:Decrypt
   * permissions ... to retrieve the checksum"). GetObjectAttributes only when it asks for the
   * Checksum attribute, the same stored checksum (docs/differences.md#object-attributes-checksum-key).
   */
  opensDataKey: 'always' | 'with-checksum-mode' | 'with-checksum-attribute' | 'never';
  /** It reads the object it names, whole or one part (`partNumber`): GetObject and HeadObject. */
  readsObject: boolean;
  /** It adds a part to a multipart upload (it needs `partNumber`), under the upload's data keys. */
  addsPart: boolean;
  /** It answers without a body (HEAD). */
  headOnly: boolean;
  /** It names an object key. */
  takesKey: boolean;
  /** Query parameters S3 needs for it. */
  requiredQuery: readonly string[];
  /** Query parameters it may take besides those (e.g. GetObject's `versionId` and `partNumber`). */
  optionalQuery: readonly string[];
  /** Every query parameter it takes, required first: the builder keeps only these (S3 API reference, "URI Request Parameters"). */
  takesQuery: readonly string[];
  /** The IAM action S3 authorizes; KMS side operations are their own action. */
  iamAction: string;
  /** The action with `?versionId=`, where S3 checks a version action instead. */
  versionIamAction?: string;
  /** HTTP method and sub-resource of an object request (S3 API reference). */
  http?: { method: string; subresource?: string };
  /** The AWS CLI option that takes its JSON input. */
  cliInputOption?: string;
  /**
   * How it takes a checksum (API Reference, "Checking object integrity"): `body`, Content-MD5 and
   * `x-amz-checksum-*` over the data it carries; `algorithm`, `x-amz-checksum-algorithm` naming the
   * algorithm of the parts or the copy.
   */
  checksum?: 'body' | 'algorithm';
  /**
   * It stores the request's user metadata (`x-amz-meta-*`), so S3's 2 KB limit applies
   * (user-metadata-limit.ts): `always` for a new object or upload; `with-replace-directive` for a
   * copy, which takes the source's metadata unless `x-amz-metadata-directive: REPLACE`.
   */
  storesUserMetadata?: 'always' | 'with-replace-directive';
  /** It takes If-None-Match: * and If-Match as a conditional write (UG "Conditional writes"). */
  conditionalWrite?: boolean;
  /** The single top-level member of the AWS CLI output that wraps the answer. */
  cliOutputMember?: string;
}

/** Fields a table row may leave out: `info()` fills in the default (`none`, `false`, `[]`). */
type Defaulted =
  | 'body'
  | 'sse'
  | 'readsSource'
  | 'writesData'
  | 'encryptsData'
  | 'opensDataKey'
  | 'readsObject'
  | 'headOnly'
  | 'requiredQuery'
  | 'optionalQuery';

/** Fields `info()` derives from the others (or from the operation's place in the table). */
type Derived =
  | 'operation'
  | 'scope'
  | 'acceptsSseHeaders'
  | 'refusesSseHeaders'
  | 'choosesEncryption'
  | 'takesKey'
  | 'addsPart'
  | 'takesQuery';

/** An entry as written in the table; `info()` fills the defaults and the derived fields. */
export type Entry = Omit<OperationInfo, Defaulted | Derived> & Partial<Pick<OperationInfo, Defaulted>>;
