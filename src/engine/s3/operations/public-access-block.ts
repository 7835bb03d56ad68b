/**
 * Put/Get/DeletePublicAccessBlock. Buckets created since April 2023 have all four settings on;
 * after a delete, Get is 404 NoSuchPublicAccessBlockConfiguration and nothing is blocked.
 */

import { isJsonObject } from '../../json.ts';
import type { PublicAccessBlockConfiguration } from '../../types.ts';
import { S3Errors } from '../errors.ts';
import type { BucketHandler } from '../pipeline/handler.ts';
import { inputJson } from './bucket-input.ts';

const FIELDS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

export const putPublicAccessBlock: BucketHandler = {
  apply(x, record) {
    const input = inputJson(x);
    const valid =
      isJsonObject(input) &&
      Object.keys(input).every((name) => (FIELDS as readonly string[]).includes(name)) &&
      Object.values(input).every((value) => typeof value === 'boolean');
    if (!valid) {
      return record.fail(
        S3Errors.malformedXml(),
        'Invalid configuration',
        'The configuration has a field S3 does not know, or a value that is not true or false.',
        'Give BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets as booleans.',
      );
    }
    // Each member is optional in the API model; one left out is stored as false.
    const config: PublicAccessBlockConfiguration = {
      BlockPublicAcls: input.BlockPublicAcls === true,
      IgnorePublicAcls: input.IgnorePublicAcls === true,
      BlockPublicPolicy: input.BlockPublicPolicy === true,
      RestrictPublicBuckets: input.RestrictPublicBuckets === true,
    };
    x.bucket!.publicAccessBlock = config;
    record.step(
      'pass',
      'Block Public Access stored',
      'The settings apply to the next policy change and request.',
      { configuration: { ...config } },
    );
    x.answer = { status: 200, headers: {} };
    return undefined;
  },
};

export const getPublicAccessBlock: BucketHandler = {
  apply(x, record) {
    const bucket = x.bucket!;
    if (!bucket.publicAccessBlock) {
      return record.fail(
        S3Errors.noSuchPublicAccessBlock(bucket.name),
        'No configuration',
        `Bucket ${bucket.name} has no Block Public Access configuration: DeletePublicAccessBlock removed it, so nothing is blocked.`,
        'Put one with PutPublicAccessBlock.',
      );
    }
    record.step('skip', 'Configuration read', 'GetPublicAccessBlock reads the stored settings.');
    x.answer = {
      status: 200,
      headers: {},
      body: { PublicAccessBlockConfiguration: { ...bucket.publicAccessBlock } },
    };
    return undefined;
  },
};

export const deletePublicAccessBlock: BucketHandler = {
  apply(x, record) {
    delete x.bucket!.publicAccessBlock;
    record.step(
      'pass',
      'Block Public Access removed',
      'Public policies can now be attached and grant access to anyone.',
    );
    x.answer = { status: 204, headers: {} };
    return undefined;
  },
};
