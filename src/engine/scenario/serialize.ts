/**
 * Export: a scenario as the JSON text of the format, fields in the order the format lists them
 * (so an export diffs cleanly and reads like the shipped files); `parseScenarioFile` reads it back
 * to the same value.
 */

import type { EncryptionConfiguration, ObjectSetup, OtherBucketSetup, Setup } from '../types.ts';
import {
  BY_DEFAULT_FIELDS,
  ENCRYPTION_RULE_FIELDS,
  EXPECT_FIELDS,
  KMS_KEY_FIELDS,
  OBJECT_FIELDS,
  OTHER_BUCKET_FIELDS,
  PRINCIPAL_FIELDS,
  PUBLIC_ACCESS_BLOCK_FIELDS,
  REQUEST_FIELDS,
  SCENARIO_FIELDS,
  SETUP_FIELDS,
  STEP_FIELDS,
} from './fields.ts';
import { FORMAT_FIELD, SCENARIO_FORMAT_VERSION } from './format-version.ts';
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
      const result = ordered(rule, ENCRYPTION_RULE_FIELDS);
      if (rule.ApplyServerSideEncryptionByDefault !== undefined) {
        result.ApplyServerSideEncryptionByDefault = ordered(
          rule.ApplyServerSideEncryptionByDefault,
          BY_DEFAULT_FIELDS,
        );
      }
      return result;
    }),
  };
}

const objects = (list: ObjectSetup[]) => list.map((item) => ordered(item, OBJECT_FIELDS));

function otherBucket(bucket: OtherBucketSetup): Plain {
  const result = ordered(bucket, OTHER_BUCKET_FIELDS);
  if (bucket.bucketEncryption !== undefined) result.bucketEncryption = encryption(bucket.bucketEncryption);
  if (bucket.objects !== undefined) result.objects = objects(bucket.objects);
  return result;
}

function setup(value: Setup): Plain {
  const result = ordered(value, SETUP_FIELDS);
  if (value.bucketEncryption !== undefined) result.bucketEncryption = encryption(value.bucketEncryption);
  if (value.publicAccessBlock !== undefined) {
    result.publicAccessBlock = ordered(value.publicAccessBlock, PUBLIC_ACCESS_BLOCK_FIELDS);
  }
  if (value.kmsKeys !== undefined) result.kmsKeys = value.kmsKeys.map((key) => ordered(key, KMS_KEY_FIELDS));
  if (value.objects !== undefined) result.objects = objects(value.objects);
  if (value.principals !== undefined)
    result.principals = value.principals.map((p) => ordered(p, PRINCIPAL_FIELDS));
  if (value.otherBuckets !== undefined) result.otherBuckets = value.otherBuckets.map(otherBucket);
  return result;
}

function expect(value: Expect): Plain {
  const result = ordered(value, EXPECT_FIELDS);
  // A path map is written as the plain map of the format.
  if (typeof value.body === 'object' && 'paths' in value.body) result.body = value.body.paths;
  return result;
}

function step(value: Step): Plain {
  const result = ordered(value, STEP_FIELDS);
  result.request = ordered(value.request, REQUEST_FIELDS);
  if (value.expect !== undefined) result.expect = expect(value.expect);
  return result;
}

function scenarioObject(value: Scenario): Plain {
  const result = ordered(value, SCENARIO_FIELDS);
  if (value.setup !== undefined) result.setup = setup(value.setup);
  result.steps = value.steps.map(step);
  return result;
}

/**
 * A written file says the version it is written in, so an older reader reports it as newer. A
 * scenario read from a version 1 file is written as version 1: its body-less Completes mean
 * "every part uploaded" there, and nothing else in it needs a newer reader.
 */
const version = (scenarios: Scenario[]): Plain => ({
  [FORMAT_FIELD]: scenarios.some((s) => s.format === 1) ? 1 : SCENARIO_FORMAT_VERSION,
});

/** One scenario as a file of its own. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify({ ...version([scenario]), ...scenarioObject(scenario) }, null, 2)}\n`;
}

/** Several scenarios as `{ "format": n, "scenarios": [ ... ] }`. */
export function serializeScenarioFile(scenarios: Scenario[]): string {
  return `${JSON.stringify({ ...version(scenarios), scenarios: scenarios.map(scenarioObject) }, null, 2)}\n`;
}
