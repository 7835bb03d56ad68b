/**
 * PutBucketEncryption's input checked the way S3 checks the XML (spec §1.2): exactly one rule,
 * SSEAlgorithm from the enum, KMSMasterKeyID only with aws:kms or aws:kms:dsse, EncryptionType
 * values SSE-C or NONE. S3 does not check that the KMS key exists (MODEL PutBucketEncryption).
 */

import { isJsonObject } from '../json.ts';
import { err, ok, type Result } from '../result.ts';
import type { EncryptionConfiguration, EncryptionRule, JsonObject } from '../types.ts';
import type { BucketState } from '../world/types.ts';
import { S3Errors } from './errors.ts';
import type { S3Failure } from './failure.ts';
import { isSseAlgorithm } from './sse-headers.ts';

const RULE_FIELDS = ['ApplyServerSideEncryptionByDefault', 'BucketKeyEnabled', 'BlockedEncryptionTypes'];

const onlyFields = (value: JsonObject, allowed: string[]) =>
  Object.keys(value).every((key) => allowed.includes(key));

export function validateEncryptionConfiguration(input: unknown): Result<EncryptionConfiguration, S3Failure> {
  if (!isJsonObject(input) || !onlyFields(input, ['Rules'])) return err(S3Errors.malformedXml());
  const rules = input.Rules;
  if (!Array.isArray(rules) || rules.length !== 1) return err(S3Errors.malformedXml());
  const rule = validateRule(rules[0]);
  return rule.ok ? ok({ Rules: [rule.value] }) : rule;
}

function validateRule(input: unknown): Result<EncryptionRule, S3Failure> {
  if (!isJsonObject(input) || !onlyFields(input, RULE_FIELDS)) return err(S3Errors.malformedXml());
  const rule: EncryptionRule = {};
  const byDefault = input.ApplyServerSideEncryptionByDefault;
  if (byDefault !== undefined) {
    if (!isJsonObject(byDefault) || !onlyFields(byDefault, ['SSEAlgorithm', 'KMSMasterKeyID']))
      return err(S3Errors.malformedXml());
    const algorithm = byDefault.SSEAlgorithm;
    const keyId = byDefault.KMSMasterKeyID;
    if (!isSseAlgorithm(algorithm)) return err(S3Errors.malformedXml());
    if (keyId !== undefined && typeof keyId !== 'string') return err(S3Errors.malformedXml());
    if (keyId !== undefined && algorithm === 'AES256') return err(S3Errors.kmsKeyNotApplicable());
    rule.ApplyServerSideEncryptionByDefault = {
      SSEAlgorithm: algorithm,
      ...(keyId !== undefined ? { KMSMasterKeyID: keyId } : {}),
    };
  }
  if (input.BucketKeyEnabled !== undefined) {
    if (typeof input.BucketKeyEnabled !== 'boolean') return err(S3Errors.malformedXml());
    rule.BucketKeyEnabled = input.BucketKeyEnabled;
  }
  const blocked = input.BlockedEncryptionTypes;
  if (blocked !== undefined) {
    const types =
      isJsonObject(blocked) && onlyFields(blocked, ['EncryptionType']) ? blocked.EncryptionType : undefined;
    if (!Array.isArray(types) || !types.every((type) => type === 'SSE-C' || type === 'NONE')) {
      return err(S3Errors.malformedXml());
    }
    rule.BlockedEncryptionTypes = { EncryptionType: types as ('SSE-C' | 'NONE')[] };
  }
  return ok(rule);
}

/**
 * Stores the configuration. The SSE-C block changes only when the rule names
 * BlockedEncryptionTypes: to use SSE-C on a new bucket one must send `NONE` (spec §1.3).
 */
export function applyEncryptionConfiguration(bucket: BucketState, config: EncryptionConfiguration): void {
  bucket.encryption = config;
  const types = config.Rules[0]?.BlockedEncryptionTypes?.EncryptionType;
  if (types && types.length > 0) bucket.sseCBlocked = types.includes('SSE-C');
}
