/**
 * Put/Get/DeleteBucketEncryption (spec §1.2): Put validates and stores (200), Get always answers
 * 200 (a never-configured bucket reports the SSE-S3 default), Delete resets to SSE-S3 and is 204
 * every time. Existing objects are never re-encrypted (spec §7).
 */
import { toJsonValue } from '../../json.ts';
import { reportedRule } from '../../world/bucket-defaults.ts';
import { applyEncryptionConfiguration, validateEncryptionConfiguration } from '../encryption-config.ts';
import type { BucketHandler } from '../pipeline/handler.ts';
import { inputJson } from './bucket-input.ts';

export const putBucketEncryption: BucketHandler = {
  apply(x, record) {
    const bucket = x.bucket!;
    const config = validateEncryptionConfiguration(inputJson(x));
    if (!config.ok) {
      return record.fail(
        config.error,
        'Configuration refused',
        `S3 refused the encryption configuration: "${config.error.message}". The bucket keeps its previous default.`,
        'Send exactly one rule whose SSEAlgorithm is AES256, aws:kms or aws:kms:dsse, with KMSMasterKeyID only for the KMS ones.',
      );
    }
    applyEncryptionConfiguration(bucket, config.value);
    record.step(
      'pass',
      'Default encryption stored',
      'New objects without SSE headers now get this encryption; existing objects keep theirs. S3 does not check that a KMS key exists until it is used.',
      {
        configuration: toJsonValue(config.value),
        sseCBlocked: bucket.sseCBlocked,
      },
    );
    x.answer = { status: 200, headers: {} };
    return undefined;
  },
};

export const getBucketEncryption: BucketHandler = {
  apply(x, record) {
    const rule = reportedRule(x.bucket!);
    const configured = x.bucket!.encryption !== undefined;
    record.step(
      'skip',
      configured ? 'Configured default' : 'SSE-S3 default',
      configured
        ? 'The bucket reports the configuration last stored.'
        : 'The bucket was never configured: since January 2023 every bucket reports SSE-S3.',
    );
    x.answer = {
      status: 200,
      headers: {},
      body: { ServerSideEncryptionConfiguration: { Rules: [toJsonValue(rule)] } },
    };
    return undefined;
  },
};

export const deleteBucketEncryption: BucketHandler = {
  apply(x, record) {
    delete x.bucket!.encryption;
    record.step(
      'pass',
      'Reset to SSE-S3',
      'DeleteBucketEncryption resets the default to SSE-S3; a bucket cannot be made unencrypted. It is 204 even when nothing was configured.',
    );
    x.answer = { status: 204, headers: {} };
    return undefined;
  },
};
