import { type ConditionKeyInfo, key } from './key-types.ts';

const LIST_ACTIONS = ['s3:ListBucket', 's3:ListBucketVersions'];

/** Bucket keys of the Service Authorization Reference (list_amazons3.html, "Condition keys"). */
export const S3_BUCKET_KEYS: readonly ConditionKeyInfo[] = [
  key(
    's3:prefix',
    'String',
    LIST_ACTIONS,
    'The prefix parameter of a listing (absent when the listing has none).',
  ),
  key('s3:delimiter', 'String', LIST_ACTIONS, 'The delimiter parameter of a listing.'),
  key('s3:max-keys', 'Numeric', LIST_ACTIONS, 'The max-keys parameter of a listing.'),
  key('s3:locationconstraint', 'String', ['s3:CreateBucket'], 'The Region named in CreateBucket.'),
  key(
    's3:x-amz-object-ownership',
    'String',
    ['s3:CreateBucket', 's3:PutBucketOwnershipControls'],
    'BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter.',
  ),
];
