/**
 * The building blocks of strict validation: each reader takes a parent object and a member name,
 * checks the member's type, and records an error naming its JSON path when it is wrong. Nothing
 * is ever silently ignored: unknown members are errors too.
 */

import { isJsonObject } from '../../json.ts';
import type { Position } from '../../policy/types.ts';
import type { JsonObject, JsonValue } from '../../types.ts';
import { indexPath, memberPath } from '../json-path.ts';
import type { ScenarioFileError } from '../types.ts';

export class Check {
  readonly errors: ScenarioFileError[] = [];

  constructor(private readonly positions: ReadonlyMap<string, Position>) {}

  fail(path: string, message: string): void {
    const position = this.positions.get(path);
    this.errors.push(position === undefined ? { path, message } : { path, message, position });
  }

  /** The value as an object, or an error saying what it should have been. */
  object(value: JsonValue | undefined, path: string, what = 'an object'): JsonObject | undefined {
    if (isJsonObject(value)) return value;
    this.fail(path, `must be ${what}, not ${kindOf(value)}`);
    return undefined;
  }

  /** Every member of `value` must be one of `names`. */
  known(value: JsonObject, path: string, names: readonly string[]): void {
    for (const name of Object.keys(value)) {
      if (!names.includes(name)) {
        this.fail(memberPath(path, name), `unknown field "${name}" (allowed here: ${names.join(', ')})`);
      }
    }
  }

  required(value: JsonObject, path: string, name: string): boolean {
    if (value[name] !== undefined) return true;
    this.fail(memberPath(path, name), 'is required');
    return false;
  }

  string(value: JsonObject, path: string, name: string, rule?: StringRule): string | undefined {
    const member = value[name];
    if (member === undefined) return undefined;
    const at = memberPath(path, name);
    if (typeof member !== 'string') return this.wrongType(at, 'a string', member);
    if (rule?.oneOf !== undefined && !rule.oneOf.includes(member)) {
      this.fail(
        at,
        `must be one of ${rule.oneOf.map((x) => JSON.stringify(x)).join(', ')}, not ${JSON.stringify(member)}`,
      );
      return undefined;
    }
    if (rule?.pattern !== undefined && !rule.pattern.test(member)) {
      this.fail(
        at,
        `must be ${rule.patternText ?? `like ${rule.pattern.source}`}, not ${JSON.stringify(member)}`,
      );
      return undefined;
    }
    if (rule?.nonEmpty === true && member === '') {
      this.fail(at, 'must not be empty');
      return undefined;
    }
    return member;
  }

  boolean(value: JsonObject, path: string, name: string): boolean | undefined {
    const member = value[name];
    if (member === undefined) return undefined;
    if (typeof member !== 'boolean') return this.wrongType(memberPath(path, name), 'true or false', member);
    return member;
  }

  /** A whole number within [min, max]. */
  integer(
    value: JsonObject,
    path: string,
    name: string,
    min: number,
    max = Number.MAX_SAFE_INTEGER,
  ): number | undefined {
    const member = value[name];
    if (member === undefined) return undefined;
    const at = memberPath(path, name);
    if (typeof member !== 'number') return this.wrongType(at, 'a number', member);
    if (!Number.isInteger(member) || member < min || member > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
      this.fail(at, `must be a whole number ${range}, not ${member}`);
      return undefined;
    }
    return member;
  }

  /** An object whose members are all strings (headers, query parameters, error fields). */
  stringMap(value: JsonObject, path: string, name: string): Record<string, string> | undefined {
    const member = value[name];
    if (member === undefined) return undefined;
    const at = memberPath(path, name);
    const map = this.object(member, at, 'an object of strings');
    if (map === undefined) return undefined;
    const result: Record<string, string> = {};
    for (const [key, entry] of Object.entries(map)) {
      if (typeof entry === 'string') result[key] = entry;
      else this.wrongType(memberPath(at, key), 'a string', entry);
    }
    return result;
  }

  /**
   * HTTP headers: an object of strings whose names are case-insensitive, so two names that differ
   * only in case would send one header twice with no telling which value S3 sees.
   */
  headerMap(value: JsonObject, path: string, name: string): Record<string, string> | undefined {
    const map = this.stringMap(value, path, name);
    if (map === undefined) return undefined;
    const seen = new Map<string, string>();
    for (const header of Object.keys(map)) {
      const first = seen.get(header.toLowerCase());
      if (first === undefined) seen.set(header.toLowerCase(), header);
      else
        this.fail(
          memberPath(memberPath(path, name), header),
          `repeats the header "${first}" (header names are case-insensitive)`,
        );
    }
    return map;
  }

  /** An array, each element checked by `each` (undefined results are dropped: already reported). */
  array<T>(
    value: JsonObject,
    path: string,
    name: string,
    each: (item: JsonValue, at: string) => T | undefined,
  ): T[] | undefined {
    const member = value[name];
    if (member === undefined) return undefined;
    const at = memberPath(path, name);
    if (!Array.isArray(member)) return this.wrongType(at, 'an array', member);
    const result: T[] = [];
    member.forEach((item, index) => {
      const checked = each(item, indexPath(at, index));
      if (checked !== undefined) result.push(checked);
    });
    return result;
  }

  wrongType(path: string, what: string, value: JsonValue): undefined {
    this.fail(path, `must be ${what}, not ${kindOf(value)}`);
    return undefined;
  }
}

export interface StringRule {
  oneOf?: readonly string[];
  pattern?: RegExp;
  /** How the pattern reads in a message, e.g. "12 digits". */
  patternText?: string;
  nonEmpty?: boolean;
}

export function kindOf(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
