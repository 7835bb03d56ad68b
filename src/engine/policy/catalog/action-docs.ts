/** One-line hover docs for the actions people write in bucket policies (Service Authorization Reference). */
export const ACTION_DOCS: Readonly<Record<string, string>> = {
  's3:PutObject':
    'Upload an object: PutObject, POST Object, CopyObject (target), CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload.',
  's3:GetObject':
    'Read an object (the current version): GetObject, HeadObject, SelectObjectContent, the source of a copy.',
  's3:GetObjectVersion': 'Read a specific version of an object (a request with versionId).',
  's3:DeleteObject': 'Delete an object (the current version; adds a delete marker in a versioned bucket).',
  's3:DeleteObjectVersion': 'Permanently delete a specific version of an object.',
  's3:GetObjectAttributes': 'GetObjectAttributes on the current version (ETag, size, parts, checksum).',
  's3:GetObjectVersionAttributes': 'GetObjectAttributes on a specific version.',
  's3:AbortMultipartUpload': 'Abort a multipart upload and free its parts.',
  's3:ListMultipartUploadParts': 'ListParts: list the parts uploaded so far for a multipart upload.',
  's3:UpdateObjectEncryption':
    'UpdateObjectEncryption: change an object to SSE-KMS (or another KMS key, or bucket keys) without rewriting it.',
  's3:ListBucket': 'List the objects in a bucket (ListObjects, ListObjectsV2) and HeadBucket.',
  's3:ListBucketVersions': 'ListObjectVersions: list every version of the objects in a bucket.',
  's3:ListBucketMultipartUploads': 'ListMultipartUploads: list the uploads in progress in a bucket.',
  's3:PutEncryptionConfiguration':
    'PutBucketEncryption and DeleteBucketEncryption: set or reset default encryption.',
  's3:GetEncryptionConfiguration': 'GetBucketEncryption: read the bucket default encryption.',
  's3:PutBucketPolicy': 'PutBucketPolicy: attach or replace the bucket policy.',
  's3:GetBucketPolicy': 'GetBucketPolicy: read the bucket policy.',
  's3:DeleteBucketPolicy': 'DeleteBucketPolicy: remove the bucket policy.',
  's3:PutBucketVersioning': 'PutBucketVersioning: enable or suspend versioning.',
  's3:GetBucketVersioning': 'GetBucketVersioning: read the versioning state.',
  's3:PutBucketPublicAccessBlock': 'PutPublicAccessBlock and DeletePublicAccessBlock on the bucket.',
  's3:GetBucketPublicAccessBlock': 'GetPublicAccessBlock: read the bucket Block Public Access settings.',
  's3:PutObjectAcl': 'PutObjectAcl: replace the ACL of an object.',
  's3:GetObjectAcl': 'GetObjectAcl: read the ACL of an object.',
  's3:PutObjectTagging': 'PutObjectTagging: replace the tags of an object.',
  's3:GetObjectTagging': 'GetObjectTagging: read the tags of an object.',
  's3:BypassGovernanceRetention': 'Delete or shorten a governance-mode Object Lock retention.',
  's3:RestoreObject': 'RestoreObject: restore a temporary copy of an archived object.',
};
