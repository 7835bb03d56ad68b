import type { JsonObject } from '../../../engine/index.ts';

/** The data without the fields a view already showed, for the key/value list under it. */
export function omit(data: JsonObject, names: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(data).filter(([name]) => !names.includes(name)));
}
