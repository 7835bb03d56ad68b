/**
 * Export: a scenario as the JSON text of the format, fields in the order the format lists them
 * (so an export diffs cleanly and reads like the shipped files); `parseScenarioFile` reads it back
 * to the same value.
 */
import type { EncryptionConfiguration, ObjectSetup, OtherBucketSetup, Setup } from '../types.ts';
import type { Expect, Scenario, Step } from './types.ts';

type Plain = Record<string, unknown>;

/** The members of `value` named in `order`, in that order, leaving out absent ones. */
function ordered(value: object, order: readonly string[]): Plain {
  const source = value as Plain;
  const result: Plain = {};
  for (const name of order) if (source[name] !== undefined) result[name] = source[name];
  return result;
}

function encryption(config: EncryptionConfiguration): Plain {
  return {
    Rules: config.Rules.map((rule) => {
      const result = ordered(rule, [
        'ApplyServerSideEncryptionByDefault',
        'BucketKeyEnabled',
        'BlockedEncryptionTypes',
      ]);
      if (rule.ApplyServerSideEncryptionByDefault !== undefined) {
        result.ApplyServerSideEncryptionByDefault = ordered(rule.ApplyServerSideEncryptionByDefault, [
          'SSEAlgorithm',
          'KMSMasterKeyID',
        ]);
      }
      return result;
    }),
  };
}

const objects = (list: ObjectSetup[]) => list.map((item) => ordered(item, ['key', 'body', 'headers']));

function otherBucket(bucket: OtherBucketSetup): Plain {
  const result = ordered(bucket, ['name', 'account', 'bucketEncryption', 'versioning', 'policy', 'objects']);
  if (bucket.bucketEncryption !== undefined) result.bucketEncryption = encryption(bucket.bucketEncryption);
  if (bucket.objects !== undefined) result.objects = objects(bucket.objects);
  return result;
}

function setup(value: Setup): Plain {
  const result = ordered(value, [
    'account',
    'region',
    'bucket',
    'bucketEncryption',
    'versioning',
    'publicAccessBlock',
    'policy',
    'kmsKeys',
    'kmsRequestsPerSecond',
    'objects',
    'principals',
    'otherBuckets',
  ]);
  if (value.bucketEncryption !== undefined) result.bucketEncryption = encryption(value.bucketEncryption);
  if (value.publicAccessBlock !== undefined) {
    result.publicAccessBlock = ordered(value.publicAccessBlock, [
      'BlockPublicAcls',
      'IgnorePublicAcls',
      'BlockPublicPolicy',
      'RestrictPublicBuckets',
    ]);
  }
  if (value.kmsKeys !== undefined)
    result.kmsKeys = value.kmsKeys.map((key) => ordered(key, ['id', 'alias', 'region', 'state', 'policy']));
  if (value.objects !== undefined) result.objects = objects(value.objects);
  if (value.principals !== undefined)
    result.principals = value.principals.map((p) => ordered(p, ['arn', 'policy']));
  if (value.otherBuckets !== undefined) result.otherBuckets = value.otherBuckets.map(otherBucket);
  return result;
}

function expect(value: Expect): Plain {
  const result = ordered(value, [
    'status',
    'errorCode',
    'errorMessage',
    'errorFields',
    'headers',
    'headersAbsent',
    'body',
  ]);
  // A path map is written as the plain map of the format.
  if (typeof value.body === 'object' && 'paths' in value.body) result.body = value.body.paths;
  return result;
}

function step(value: Step): Plain {
  const result = ordered(value, ['request', 'expect', 'explain', 'afterMs']);
  result.request = ordered(value.request, [
    'operation',
    'bucket',
    'key',
    'https',
    'tlsVersion',
    'signature',
    'principal',
    'sourceIp',
    'headers',
    'query',
    'body',
  ]);
  if (value.expect !== undefined) result.expect = expect(value.expect);
  return result;
}

function scenarioObject(value: Scenario): Plain {
  const result = ordered(value, ['id', 'title', 'description', 'source', 'tags', 'setup', 'steps']);
  if (value.setup !== undefined) result.setup = setup(value.setup);
  result.steps = value.steps.map(step);
  return result;
}

/** One scenario as a file of its own. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenarioObject(scenario), null, 2)}\n`;
}

/** Several scenarios as `{ "scenarios": [ ... ] }`. */
export function serializeScenarioFile(scenarios: Scenario[]): string {
  return `${JSON.stringify({ scenarios: scenarios.map(scenarioObject) }, null, 2)}\n`;
}
