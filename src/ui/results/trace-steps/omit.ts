import type { ListedData } from '../common/KeyValueList.tsx';

/** The data without the fields a view already showed, for the key/value list under it. */
export function omit<T extends ListedData>(data: T, names: readonly (keyof T & string)[]): ListedData {
  return Object.fromEntries(Object.entries(data).filter(([name]) => !names.includes(name)));
}
