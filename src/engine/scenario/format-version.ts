/**
 * The scenario format's version (docs/scenario-format.md, "Versions"). A file may say which version
 * it is written in with a top-level `"format"`; without it the file is version 1. Versions only add
 * fields, so a reader of version N reads every file of versions 1 to N unchanged. A file of a newer
 * version than this reader knows is refused with that one clear error, not with a list of "unknown
 * field" errors for the members it added.
 */
import { isJsonObject } from '../json.ts';
import type { JsonValue } from '../types.ts';
import type { Check } from './validate/check.ts';

/** The version a file is in when it does not say. */
export const FIRST_FORMAT_VERSION = 1;

/** The newest version this engine reads, and the one the exporter writes. */
export const SCENARIO_FORMAT_VERSION = 2;

export const FORMAT_FIELD = 'format';

export type FormatRead = { kind: 'readable'; version: number } | { kind: 'unreadable' };

/** The version the document declares (at its top level), or why it cannot be read. */
export function readFormatVersion(check: Check, document: JsonValue): FormatRead {
  if (!isJsonObject(document) || document[FORMAT_FIELD] === undefined)
    return { kind: 'readable', version: FIRST_FORMAT_VERSION };
  const value = document[FORMAT_FIELD];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < FIRST_FORMAT_VERSION) {
    check.fail(
      FORMAT_FIELD,
      `must be the format version, a whole number from ${FIRST_FORMAT_VERSION} (for example ${SCENARIO_FORMAT_VERSION}), not ${JSON.stringify(value)}`,
    );
    return { kind: 'unreadable' };
  }
  if (value > SCENARIO_FORMAT_VERSION) {
    check.fail(
      FORMAT_FIELD,
      `is ${value}: the file is written in scenario format version ${value}, newer than this playground reads (versions ${FIRST_FORMAT_VERSION} to ${SCENARIO_FORMAT_VERSION}); open it in a newer playground`,
    );
    return { kind: 'unreadable' };
  }
  return { kind: 'readable', version: value };
}
