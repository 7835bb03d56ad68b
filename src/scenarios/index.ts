/**
 * The lessons shipped with the app, for the gallery: each file in ./lessons is one scenario
 * (docs/scenario-format.md) with a description and an explanation per step. The JSON files
 * are bundled (Vite and tsx both read JSON imports), checked with the engine's strict validator.
 */
import { type JsonValue, type Scenario, scenariosFromJson } from '../engine/index.ts';
import lessonDefaultEncryptionVsPolicy from './lessons/01-default-encryption-vs-policy.json' with {
  type: 'json',
};
import lessonHttpsOnlyPolicy from './lessons/02-https-only-policy.json' with { type: 'json' };
import lessonSseCNeedsHttps from './lessons/03-sse-c-needs-https.json' with { type: 'json' };
import lessonSseCBlockedByDefault from './lessons/04-sse-c-blocked-by-default.json' with { type: 'json' };
import lessonSseCKeyOnEveryRead from './lessons/05-sse-c-key-on-every-read.json' with { type: 'json' };
import lessonSseKmsDisabledKey from './lessons/06-sse-kms-disabled-key.json' with { type: 'json' };
import lessonBucketKeysReduceKmsCalls from './lessons/07-bucket-keys-reduce-kms-calls.json' with {
  type: 'json',
};
import lessonKmsThrottlingSlowdown from './lessons/08-kms-throttling-slowdown.json' with { type: 'json' };
import lessonCopyInPlaceChangesEncryption from './lessons/09-copy-in-place-changes-encryption.json' with {
  type: 'json',
};
import lessonMultipartSseKmsNeedsDecrypt from './lessons/10-multipart-sse-kms-needs-decrypt.json' with {
  type: 'json',
};
import lessonDsseKmsPolicyForgotIt from './lessons/11-dsse-kms-policy-forgot-it.json' with { type: 'json' };
import lessonAbsentKeysAndNegatedOperators from './lessons/12-absent-keys-and-negated-operators.json' with {
  type: 'json',
};
import lessonChecksumsAndEncryption from './lessons/13-checksums-and-encryption.json' with { type: 'json' };
import lessonCloudFrontStaticSiteSseKms from './lessons/cloudfront-static-site-sse-kms.json' with {
  type: 'json',
};

export interface Lesson {
  id: string;
  title: string;
  description: string;
  tags: string[];
  /** File name under src/scenarios/lessons. */
  file: string;
  scenario: Scenario;
}

const FILES: readonly [string, unknown][] = [
  ['01-default-encryption-vs-policy.json', lessonDefaultEncryptionVsPolicy],
  ['02-https-only-policy.json', lessonHttpsOnlyPolicy],
  ['03-sse-c-needs-https.json', lessonSseCNeedsHttps],
  ['04-sse-c-blocked-by-default.json', lessonSseCBlockedByDefault],
  ['05-sse-c-key-on-every-read.json', lessonSseCKeyOnEveryRead],
  ['06-sse-kms-disabled-key.json', lessonSseKmsDisabledKey],
  ['07-bucket-keys-reduce-kms-calls.json', lessonBucketKeysReduceKmsCalls],
  ['08-kms-throttling-slowdown.json', lessonKmsThrottlingSlowdown],
  ['09-copy-in-place-changes-encryption.json', lessonCopyInPlaceChangesEncryption],
  ['10-multipart-sse-kms-needs-decrypt.json', lessonMultipartSseKmsNeedsDecrypt],
  ['11-dsse-kms-policy-forgot-it.json', lessonDsseKmsPolicyForgotIt],
  ['12-absent-keys-and-negated-operators.json', lessonAbsentKeysAndNegatedOperators],
  ['13-checksums-and-encryption.json', lessonChecksumsAndEncryption],
  ['cloudfront-static-site-sse-kms.json', lessonCloudFrontStaticSiteSseKms],
];

function toLesson([file, json]: [string, unknown]): Lesson {
  // A JSON module's value is JSON; TypeScript only types it more narrowly, with optional members.
  const parsed = scenariosFromJson(json as JsonValue);
  const scenario = parsed.ok && parsed.value.length === 1 ? parsed.value[0] : undefined;
  // The shipped files are validated by the tests; a broken one here is a bug in the build, not user input.
  if (scenario === undefined) throw new Error(`Lesson ${file} is not a valid scenario file`);
  return {
    id: scenario.id,
    title: scenario.title,
    description: scenario.description ?? '',
    tags: scenario.tags ?? [],
    file,
    scenario,
  };
}

export const LESSONS: readonly Lesson[] = FILES.map(toLesson);

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
