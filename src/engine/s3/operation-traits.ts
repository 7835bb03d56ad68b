/**
 * What each S3 operation takes and does, as the pipeline stages need it (MODEL input members):
 * which SSE headers it accepts, whether it names a copy source, whether it writes object data
 * (so the SSE-C block applies, spec §1.3), and whether it answers without a body (HEAD).
 */
import type { BucketOperation, ObjectOperation } from '../types.ts';

/** `write`: all SSE headers; `customer`: SSE-C only; `none`: SSE headers are not looked at. */
export type SseHeaderUse = 'write' | 'customer' | 'none';

export interface OperationTraits {
  scope: 'object' | 'bucket';
  sse: SseHeaderUse;
  copySource: boolean;
  writesData: boolean;
  headOnly: boolean;
}

const object = (sse: SseHeaderUse, more: Partial<OperationTraits> = {}): OperationTraits => ({
  scope: 'object',
  sse,
  copySource: false,
  writesData: false,
  headOnly: false,
  ...more,
});
const bucket: OperationTraits = {
  scope: 'bucket',
  sse: 'none',
  copySource: false,
  writesData: false,
  headOnly: false,
};

export const TRAITS: Record<ObjectOperation | BucketOperation, OperationTraits> = {
  PutObject: object('write', { writesData: true }),
  CopyObject: object('write', { writesData: true, copySource: true }),
  CreateMultipartUpload: object('write', { writesData: true }),
  UploadPart: object('customer', { writesData: true }),
  UploadPartCopy: object('customer', { writesData: true, copySource: true }),
  GetObject: object('customer'),
  HeadObject: object('customer', { headOnly: true }),
  GetObjectAttributes: object('customer'),
  CompleteMultipartUpload: object('customer'),
  ListParts: object('customer'),
  DeleteObject: object('none'),
  AbortMultipartUpload: object('none'),
  UpdateObjectEncryption: object('none'),
  PutBucketEncryption: bucket,
  GetBucketEncryption: bucket,
  DeleteBucketEncryption: bucket,
  PutBucketPolicy: bucket,
  GetBucketPolicy: bucket,
  DeleteBucketPolicy: bucket,
  PutBucketVersioning: bucket,
  PutPublicAccessBlock: bucket,
  GetPublicAccessBlock: bucket,
  DeletePublicAccessBlock: bucket,
};
