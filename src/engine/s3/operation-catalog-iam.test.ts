import { describe, expect, it } from 'vitest';
import type { Operation } from '../types.ts';
import { iamActionFor, resourceArnFor } from './operation-catalog.ts';

const cases: {
  name: string;
  operation: Operation;
  query?: Record<string, string>;
  action: string;
  resource: string;
}[] = [
  {
    name: 'PutObject is s3:PutObject on the object',
    operation: 'PutObject',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'HeadObject is s3:GetObject',
    operation: 'HeadObject',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'GetObject with a versionId is s3:GetObjectVersion',
    operation: 'GetObject',
    query: { versionId: 'v1' },
    action: 's3:GetObjectVersion',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'HeadObject with a versionId is s3:GetObjectVersion',
    operation: 'HeadObject',
    query: { versionId: 'v1' },
    action: 's3:GetObjectVersion',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'DeleteObject with a versionId is s3:DeleteObjectVersion',
    operation: 'DeleteObject',
    query: { versionId: 'v1' },
    action: 's3:DeleteObjectVersion',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'CopyObject is s3:PutObject on the target',
    operation: 'CopyObject',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'CreateMultipartUpload is s3:PutObject',
    operation: 'CreateMultipartUpload',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'UploadPart is s3:PutObject',
    operation: 'UploadPart',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'UploadPartCopy is s3:PutObject',
    operation: 'UploadPartCopy',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'CompleteMultipartUpload is s3:PutObject',
    operation: 'CompleteMultipartUpload',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'AbortMultipartUpload is s3:AbortMultipartUpload',
    operation: 'AbortMultipartUpload',
    action: 's3:AbortMultipartUpload',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'ListParts is s3:ListMultipartUploadParts',
    operation: 'ListParts',
    action: 's3:ListMultipartUploadParts',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'GetObjectAttributes is s3:GetObjectAttributes',
    operation: 'GetObjectAttributes',
    action: 's3:GetObjectAttributes',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'GetObjectAttributes with a versionId is s3:GetObjectVersionAttributes',
    operation: 'GetObjectAttributes',
    query: { versionId: 'v1' },
    action: 's3:GetObjectVersionAttributes',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'UpdateObjectEncryption is s3:UpdateObjectEncryption',
    operation: 'UpdateObjectEncryption',
    action: 's3:UpdateObjectEncryption',
    resource: 'arn:aws:s3:::b/k',
  },
  {
    name: 'PutBucketEncryption is s3:PutEncryptionConfiguration on the bucket',
    operation: 'PutBucketEncryption',
    action: 's3:PutEncryptionConfiguration',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'DeleteBucketEncryption is also s3:PutEncryptionConfiguration',
    operation: 'DeleteBucketEncryption',
    action: 's3:PutEncryptionConfiguration',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'GetBucketEncryption is s3:GetEncryptionConfiguration',
    operation: 'GetBucketEncryption',
    action: 's3:GetEncryptionConfiguration',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'PutBucketPolicy is s3:PutBucketPolicy',
    operation: 'PutBucketPolicy',
    action: 's3:PutBucketPolicy',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'GetBucketPolicy is s3:GetBucketPolicy',
    operation: 'GetBucketPolicy',
    action: 's3:GetBucketPolicy',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'DeleteBucketPolicy is s3:DeleteBucketPolicy',
    operation: 'DeleteBucketPolicy',
    action: 's3:DeleteBucketPolicy',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'PutBucketVersioning is s3:PutBucketVersioning',
    operation: 'PutBucketVersioning',
    action: 's3:PutBucketVersioning',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'PutPublicAccessBlock is s3:PutBucketPublicAccessBlock',
    operation: 'PutPublicAccessBlock',
    action: 's3:PutBucketPublicAccessBlock',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'DeletePublicAccessBlock is s3:PutBucketPublicAccessBlock',
    operation: 'DeletePublicAccessBlock',
    action: 's3:PutBucketPublicAccessBlock',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'GetPublicAccessBlock is s3:GetBucketPublicAccessBlock',
    operation: 'GetPublicAccessBlock',
    action: 's3:GetBucketPublicAccessBlock',
    resource: 'arn:aws:s3:::b',
  },
  {
    name: 'a KMS side operation is its own action',
    operation: 'kms:DisableKey',
    action: 'kms:DisableKey',
    resource: '*',
  },
];

describe('iamActionFor and resourceArnFor', () => {
  it.each(cases)('$name', (c) => {
    expect(iamActionFor(c.operation, c.query)).toBe(c.action);
    expect(resourceArnFor(c.operation, 'b', 'k')).toBe(c.resource);
  });
});
