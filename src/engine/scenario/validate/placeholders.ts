/**
 * Placeholders are checked with the file, not when a step runs: an unknown name, a version of a
 * step that has not run yet, an upload id before any CreateMultipartUpload or the ARN of a key
 * that is never declared are errors in the file (docs/scenario-format.md: "an unknown placeholder is an
 * error in the file, not a failed step").
 */
import { isJsonObject } from '../../json.ts';
import type { JsonObject, JsonValue } from '../../types.ts';
import { indexPath, memberPath } from '../json-path.ts';
import { PLACEHOLDER, readPlaceholder } from '../placeholders.ts';
import type { Step } from '../types.ts';
import type { Check } from './check.ts';

const KNOWN =
  '{{uploadId}}, {{uploadId:N}}, {{etag:N}}, {{versionId:N}}, {{awsManagedKeyArn}}, {{keyArn:ID}}';

interface Where {
  step: number;
  /** Requests see what came before; expectations also see their own step's answer. */
  seesOwnStep: boolean;
  steps: readonly Step[];
  setupKeyIds: readonly string[];
}

export function checkPlaceholders(
  check: Check,
  value: JsonValue | undefined,
  path: string,
  where: Where,
): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(PLACEHOLDER)) checkOne(check, match[0], match[1] ?? '', path, where);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkPlaceholders(check, item, indexPath(path, index), where);
    });
  } else if (isJsonObject(value)) {
    for (const [name, item] of Object.entries(value))
      checkPlaceholders(check, item, memberPath(path, name), where);
  }
}

function checkOne(check: Check, whole: string, inner: string, path: string, where: Where): void {
  const placeholder = readPlaceholder(inner);
  const last = where.seesOwnStep ? where.step : where.step - 1;
  const visible = where.steps.slice(0, last + 1);
  const scope = where.seesOwnStep ? `at or before step ${where.step}` : `before step ${where.step}`;
  if (placeholder === undefined) {
    check.fail(path, `uses the unknown placeholder ${whole} (known: ${KNOWN})`);
  } else if (placeholder.kind === 'uploadId') {
    if (!visible.some((step) => step.request.operation === 'CreateMultipartUpload')) {
      check.fail(path, `uses {{uploadId}} but no CreateMultipartUpload step comes ${scope}`);
    }
  } else if (placeholder.kind === 'uploadIdOf') {
    if (
      where.steps[placeholder.step]?.request.operation !== 'CreateMultipartUpload' ||
      placeholder.step > last
    ) {
      check.fail(
        path,
        `uses ${whole} but step ${placeholder.step} is not a CreateMultipartUpload that runs ${scope}`,
      );
    }
  } else if (placeholder.kind === 'versionId' || placeholder.kind === 'etag') {
    if (placeholder.step > last) {
      check.fail(path, `uses ${whole} but step ${placeholder.step} does not run ${scope}`);
    }
  } else if (placeholder.kind === 'keyArn') {
    const created = visible.flatMap((step) => {
      const body = step.request.body;
      const keyId =
        step.request.operation === 'kms:CreateKey' && isJsonObject(body)
          ? (body as JsonObject).KeyId
          : undefined;
      return typeof keyId === 'string' ? [keyId] : [];
    });
    if (!where.setupKeyIds.includes(placeholder.id) && !created.includes(placeholder.id)) {
      check.fail(
        path,
        `uses ${whole} but no key "${placeholder.id}" is declared in setup.kmsKeys or created ${scope}`,
      );
    }
  }
}
