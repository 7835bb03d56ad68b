import { type ConditionKeyInfo, key } from './key-types.ts';
import { OBJECT_WRITE_ACTIONS } from './keys-s3-encryption.ts';

const ACL_ACTIONS = [
  ...OBJECT_WRITE_ACTIONS,
  's3:PutObjectAcl',
  's3:PutObjectVersionAcl',
  's3:PutBucketAcl',
  's3:CreateBucket',
];
const RETENTION_ACTIONS = [...OBJECT_WRITE_ACTIONS, 's3:PutObjectRetention'];

/**
 * The actions for which S3 evaluates `s3:ExistingObjectTag/<key>`: the tag and ACL families and
 * the reads; PutObject, DeleteObject and the Object Lock actions refuse it at PutBucketPolicy
 * (AWS-pinned matrix in a public S3-compatible server's notes, consistent with the SAR).
 */
const EXISTING_TAG_ACTIONS = [
  's3:GetObject',
  's3:GetObjectVersion',
  's3:GetObjectAcl',
  's3:GetObjectVersionAcl',
  's3:GetObjectTagging',
  's3:GetObjectVersionTagging',
  's3:PutObjectAcl',
  's3:PutObjectVersionAcl',
  's3:PutObjectTagging',
  's3:PutObjectVersionTagging',
  's3:DeleteObjectTagging',
  's3:DeleteObjectVersionTagging',
  's3:GetObjectAttributes',
  's3:GetObjectVersionAttributes',
];

const VERSION_ID_ACTIONS = [
  's3:GetObjectVersion',
  's3:GetObjectVersionAcl',
  's3:GetObjectVersionAttributes',
  's3:GetObjectVersionTagging',
  's3:GetObjectVersionTorrent',
  's3:GetObjectVersionForReplication',
  's3:DeleteObjectVersion',
  's3:DeleteObjectVersionTagging',
  's3:PutObjectVersionAcl',
  's3:PutObjectVersionTagging',
  's3:BypassGovernanceRetention',
];

const grant = (name: string, what: string): ConditionKeyInfo =>
  key(`s3:x-amz-grant-${name}`, 'String', ACL_ACTIONS, `The x-amz-grant-${name} header: who gets ${what}.`);

/** Object keys of the Service Authorization Reference (list_amazons3.html, "Condition keys"). */
export const S3_OBJECT_KEYS: readonly ConditionKeyInfo[] = [
  key(
    's3:x-amz-acl',
    'String',
    ACL_ACTIONS,
    'The canned ACL header, e.g. bucket-owner-full-control or public-read.',
  ),
  grant('read', 'READ'),
  grant('write', 'WRITE'),
  grant('read-acp', 'READ_ACP'),
  grant('write-acp', 'WRITE_ACP'),
  grant('full-control', 'FULL_CONTROL'),
  key(
    's3:x-amz-copy-source',
    'String',
    OBJECT_WRITE_ACTIONS,
    'The copy source (bucket/key) of CopyObject or UploadPartCopy.',
  ),
  key(
    's3:x-amz-metadata-directive',
    'String',
    OBJECT_WRITE_ACTIONS,
    'COPY or REPLACE: how CopyObject treats metadata.',
  ),
  key(
    's3:x-amz-storage-class',
    'String',
    OBJECT_WRITE_ACTIONS,
    'The x-amz-storage-class header, e.g. STANDARD_IA.',
  ),
  key('s3:x-amz-website-redirect-location', 'String', OBJECT_WRITE_ACTIONS, 'The website redirect header.'),
  key(
    's3:if-none-match',
    'String',
    ['s3:PutObject'],
    'The If-None-Match header of a conditional write ("*").',
  ),
  key('s3:if-match', 'String', ['s3:PutObject'], 'The If-Match header (ETag) of a conditional write.'),
  key(
    's3:object-lock-mode',
    'String',
    RETENTION_ACTIONS,
    'GOVERNANCE or COMPLIANCE retention sent with the request.',
  ),
  key(
    's3:object-lock-retain-until-date',
    'Date',
    RETENTION_ACTIONS,
    'The retain-until date sent with the request.',
  ),
  key(
    's3:object-lock-remaining-retention-days',
    'Numeric',
    RETENTION_ACTIONS,
    'Days of retention the request asks for.',
  ),
  key(
    's3:object-lock-legal-hold',
    'String',
    [...OBJECT_WRITE_ACTIONS, 's3:PutObjectLegalHold'],
    'ON or OFF: the legal hold sent with the request.',
  ),
  key(
    's3:RequestObjectTag/<key>',
    'String',
    [
      's3:PutObject',
      's3:PutObjectTagging',
      's3:PutObjectVersionTagging',
      's3:ReplicateObject',
      's3:ReplicateTags',
    ],
    'The value of a tag the request sets on the object.',
  ),
  key(
    's3:RequestObjectTagKeys',
    'String',
    [
      's3:PutObject',
      's3:PutObjectTagging',
      's3:PutObjectVersionTagging',
      's3:ReplicateObject',
      's3:ReplicateTags',
    ],
    'The tag keys the request sets on the object.',
    true,
  ),
  key(
    's3:ExistingObjectTag/<key>',
    'String',
    EXISTING_TAG_ACTIONS,
    'The value of a tag the object already has.',
  ),
  key('s3:VersionId', 'String', VERSION_ID_ACTIONS, 'The versionId the request names.'),
];
