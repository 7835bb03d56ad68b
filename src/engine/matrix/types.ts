/**
 * The request matrix (issue 9): every operation a bucket policy is usually written for, against
 * every encryption choice, over HTTPS and HTTP, optionally for every principal. Plain data, so the
 * CLI, the app and a worker share it.
 */
import type { TraceStage } from '../types.ts';

/** The rows. `CopyObject` copies the object onto itself; `MultipartUpload` is Create + UploadPart + Complete. */
export const MATRIX_OPERATIONS = [
  'PutObject',
  'GetObject',
  'HeadObject',
  'CopyObject',
  'MultipartUpload',
  'UpdateObjectEncryption',
] as const;
export type MatrixOperation = (typeof MATRIX_OPERATIONS)[number];

export const MATRIX_TRANSPORTS = ['HTTPS', 'HTTP'] as const;
export type MatrixTransport = (typeof MATRIX_TRANSPORTS)[number];

export type MatrixMode = 'default' | 'SSE-S3' | 'SSE-KMS' | 'DSSE-KMS' | 'SSE-C' | 'client-side';

/** A column: `default`, `SSE-S3`, `SSE-KMS:aws/s3`, `SSE-KMS:<alias or key id>`, `DSSE-KMS`, `SSE-C`, `client-side`. */
export interface MatrixColumn {
  id: string;
  mode: MatrixMode;
  /** SSE-KMS with a customer managed key: its ARN (sent as the key id header). */
  keyArn?: string;
  /**
   * The key the bucket's default encryption names, which no other column sends: one of another
   * account or Region (a pasted real configuration), or one this KMS lacks. `keyArn` is then the
   * key as the default writes it.
   */
  fromDefault?: true;
}

/** `anonymous`, or a principal's ARN. */
export type MatrixPrincipal = string;
export const ANONYMOUS_PRINCIPAL = 'anonymous';

export interface MatrixCellSpec {
  operation: MatrixOperation;
  encryption: string;
  transport: MatrixTransport;
  principal: MatrixPrincipal;
}

export interface MatrixCell extends MatrixCellSpec {
  status: number;
  /** S3's error code; null on success. */
  code: string | null;
  /** The stage that decided: the failing one, or `authorization` for a request that went through. */
  stage: TraceStage | null;
  /** The Sid of the policy statement that decided (null when none did or it has no Sid). */
  statementSid: string | null;
}

export interface MatrixOptions {
  /** The bucket policy to check (text); undefined keeps the world's, '' means no bucket policy. */
  policy?: string;
  /** Adds the principal axis: the bucket owner, each declared principal, and the anonymous caller. */
  principals?: boolean;
  /** The object key the cells read and write (a policy may scope its Resource to a prefix). */
  key?: string;
}

export interface MatrixResult {
  columns: MatrixColumn[];
  principals: MatrixPrincipal[];
  cells: MatrixCell[];
}

/** S3 refused the policy under test (PutBucketPolicy's answer), so there is no matrix for it. */
export interface MatrixRefusal {
  status: number;
  code: string;
  message: string;
  /** What to change so S3 accepts the policy (the PutBucketPolicy step's remedy). */
  remedy?: string;
}

export interface MatrixChange extends MatrixCellSpec {
  before: { status: number; code: string | null };
  after: { status: number; code: string | null };
}

export interface MatrixDiff {
  changed: MatrixChange[];
  /** Requests allowed before that are refused after, and the other way round. */
  newlyDenied: number;
  newlyAllowed: number;
  summary: string;
}

export const DEFAULT_MATRIX_KEY = 'matrix/check.txt';
/** Limits checked before the work: a grid past this many cells is refused, not computed. */
export const MAX_MATRIX_CELLS = 5000;
