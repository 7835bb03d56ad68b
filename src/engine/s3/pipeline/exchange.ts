/**
 * One request on its way through the pipeline: the normalised request, what each stage learned
 * (the bucket, the parsed SSE headers, the stored version, the encryption plan, the opened keys)
 * and the trace so far. Stages fill it in order; a later stage may rely on an earlier one.
 */

import type { ChecksumAlgorithm } from '../../crypto/checksum-algorithms.ts';
import type { ObjectData } from '../../crypto/chunked-bytes.ts';
import type { DifferenceId } from '../../differences/catalog.ts';
import type { Kms } from '../../kms/types.ts';
import type { StoredKeyMaterial } from '../../modes/types.ts';
import type { CopySource } from '../../policy/context/copy-source-grammar.ts';
import type { AuditEvent, JsonValue, S3Request, TraceStep } from '../../types.ts';
import type {
  BucketState,
  MultipartUpload,
  ObjectVersion,
  SseApplied,
  StoredChecksum,
  WorldState,
} from '../../world/types.ts';
import type { WriteCondition } from '../conditional/write-conditions.ts';
import type { CustomerKey } from '../customer-key.ts';
import { failure, type S3Failure } from '../failure.ts';
import type { HeaderBag } from '../header-bag.ts';
import type { RequestIntegrity } from '../integrity/request-integrity.ts';
import type { OperationInfo } from '../operation-catalog.ts';
import type { CopyRange } from '../operations/copy-source-range.ts';
import type { WriteSseHeaders } from '../sse-headers.ts';

/** The encryption a write will get, before KMS resolves any key. */
export type WritePlan =
  | { mode: 'SSE-S3'; applied: SseApplied }
  | {
      mode: 'SSE-KMS' | 'DSSE-KMS';
      /** As the request or the bucket default named it; undefined: `aws/s3`. */
      keyId?: string;
      bucketKey: boolean;
      context: Record<string, string>;
      contextHeader?: string;
      applied: SseApplied;
    }
  | { mode: 'SSE-C'; customer: CustomerKey; applied: SseApplied };

export interface StoredSource {
  bucket: BucketState;
  version: ObjectVersion;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: ObjectData | JsonValue;
}

export interface Exchange {
  world: WorldState;
  /** The world's KMS as this request sees it: every call it makes lands in `kmsEvents` too. */
  kms: Kms;
  /** This request's own KMS calls, in order (not the log's tail: other requests may overlap). */
  kmsEvents: AuditEvent[];
  /** The caller's Cancel; see `cancelledBeforeCommit`. */
  signal?: AbortSignal;
  /** The caller's progress line, told as each segment of object bytes is encrypted or decrypted. */
  onBytes?: (done: number, total: number) => void;
  /** Set when a stage stopped the request for its caller's Cancel: there is no answer. */
  cancelled?: boolean;
  request: S3Request;
  headers: HeaderBag;
  traits: OperationInfo;
  nowMs: number;
  trace: TraceStep[];
  /** Entries of docs/differences.md this request touched (see `touches`). */
  differences: DifferenceId[];
  bucket?: BucketState;
  writeSse?: WriteSseHeaders;
  customerKey?: CustomerKey;
  copySourceKey?: CustomerKey;
  copySource?: CopySource;
  /** The version a read, copy or part copy takes its bytes from. */
  source?: StoredSource;
  upload?: MultipartUpload;
  /** The bytes of the source an UploadPartCopy takes (`x-amz-copy-source-range`). */
  copyRange?: CopyRange;
  write?: WritePlan;
  sourceKeys?: CryptoKey[];
  /** KMS Decrypt calls the KMS stage made to open the source (0: a bucket key S3 already held). */
  sourceKmsDecrypts?: number;
  uploadKeys?: CryptoKey[];
  newKey?: { stored: StoredKeyMaterial; dataKeys: CryptoKey[] };
  answer?: Answer;
  /** Content-MD5 and the x-amz-checksum-* header of an upload, as stage 2 read them. */
  integrity?: RequestIntegrity;
  /** x-amz-checksum-algorithm of CreateMultipartUpload or CopyObject. */
  checksumAlgorithm?: ChecksumAlgorithm;
  /** CreateMultipartUpload's checksum type: as x-amz-checksum-type says, else the algorithm's default. */
  checksumType?: StoredChecksum['type'];
  /** If-None-Match: * or If-Match on a write. */
  writeCondition?: WriteCondition;
}

/** A stage's verdict: undefined to go on, a failure to answer with. */
export type StageVerdict = S3Failure | undefined;

export const objectKey = (x: Exchange) => x.request.key ?? '';

/**
 * Waits one timer task, so that events queued meanwhile (a Cancel the caller sent) run first: in a
 * worker, WebCrypto's answers and the engine's own steps would otherwise keep them waiting.
 */
export const letQueuedEventsRun = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Checked by a write just before it stores: a request cancelled while it encrypted stops here and
 * stores nothing. The failure returned only ends the stages; run.ts answers "cancelled" instead.
 * With a signal, it first lets queued events run: a Cancel that arrived while the hashing held
 * the thread is seen here, not after the store.
 */
export async function cancelledBeforeCommit(x: Exchange): Promise<StageVerdict> {
  if (!x.signal) return undefined;
  await letQueuedEventsRun();
  if (!x.signal.aborted) return undefined;
  x.cancelled = true;
  return failure(499, 'RequestCancelled', 'The client closed the connection before S3 stored the object.');
}

/**
 * A read that a Cancel stopped between segments (PartsRead.signal): it answers nothing, and run.ts
 * reports the request as cancelled. S3 stops sending when the client closes the connection.
 */
export function cancelledRead(x: Exchange): S3Failure {
  x.cancelled = true;
  return failure(499, 'RequestCancelled', 'The client closed the connection before S3 answered.');
}

/** Records that the request touched a documented difference from S3 (docs/differences.md). */
export function touches(x: Exchange, id: DifferenceId): void {
  if (!x.differences.includes(id)) x.differences.push(id);
}
