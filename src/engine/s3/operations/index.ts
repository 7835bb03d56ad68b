/** The operation registry: one handler per S3 operation (stages 6 and 8 of the pipeline). */
import type { BucketOperation, ObjectOperation } from '../../types.ts';
import type { BucketHandler, OperationHandler } from '../pipeline/handler.ts';
import { abortMultipartUpload, listParts } from './abort-list.ts';
import { deleteBucketEncryption, getBucketEncryption, putBucketEncryption } from './bucket-encryption.ts';
import { deleteBucketPolicy, getBucketPolicy, putBucketPolicy } from './bucket-policy.ts';
import { putBucketVersioning } from './bucket-versioning.ts';
import { completeMultipartUpload } from './complete-multipart.ts';
import { copyObject } from './copy-object.ts';
import { createMultipartUpload } from './create-multipart.ts';
import { deleteObject } from './delete-object.ts';
import { getObject, headObject } from './get-object.ts';
import { getObjectAttributes } from './object-attributes.ts';
import {
  deletePublicAccessBlock,
  getPublicAccessBlock,
  putPublicAccessBlock,
} from './public-access-block.ts';
import { putObject } from './put-object.ts';
import { updateObjectEncryption } from './update-object-encryption.ts';
import { uploadPart, uploadPartCopy } from './upload-part.ts';

export const OBJECT_HANDLERS: Record<ObjectOperation, OperationHandler> = {
  PutObject: putObject,
  GetObject: getObject,
  HeadObject: headObject,
  CopyObject: copyObject,
  DeleteObject: deleteObject,
  CreateMultipartUpload: createMultipartUpload,
  UploadPart: uploadPart,
  UploadPartCopy: uploadPartCopy,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload,
  ListParts: listParts,
  GetObjectAttributes: getObjectAttributes,
  UpdateObjectEncryption: updateObjectEncryption,
};

export const BUCKET_HANDLERS: Record<BucketOperation, BucketHandler> = {
  PutBucketEncryption: putBucketEncryption,
  GetBucketEncryption: getBucketEncryption,
  DeleteBucketEncryption: deleteBucketEncryption,
  PutBucketPolicy: putBucketPolicy,
  GetBucketPolicy: getBucketPolicy,
  DeleteBucketPolicy: deleteBucketPolicy,
  PutBucketVersioning: putBucketVersioning,
  PutPublicAccessBlock: putPublicAccessBlock,
  GetPublicAccessBlock: getPublicAccessBlock,
  DeletePublicAccessBlock: deletePublicAccessBlock,
};
