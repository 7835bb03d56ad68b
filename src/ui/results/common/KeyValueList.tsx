import type { JsonValue } from '../../../engine/index.ts';
import { asObject, scalarText } from '../format/json-data.ts';

/** Any JSON value as nested key/value lists: the generic way to show a trace step's data. */
export function JsonValueView({ value }: { value: JsonValue }) {
  const object = asObject(value);
  if (object) return <KeyValueList data={object} />;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      return (
        <span className="font-mono break-all">
          {value.length ? value.map(scalarText).join(', ') : '(none)'}
        </span>
      );
    }
    return (
      <ol className="list-decimal pl-5">
        {value.map((item, index) => (
          // Items have no identity but their place in the list.
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders
          <li key={index}>
            <JsonValueView value={item} />
          </li>
        ))}
      </ol>
    );
  }
  return <span className="font-mono break-all">{scalarText(value)}</span>;
}

/** A trace step's data, or any JSON object: members that are absent are not listed. */
export type ListedData = { readonly [key: string]: JsonValue | undefined };

export function KeyValueList({ data, label }: { data: ListedData; label?: string }) {
  const entries = Object.entries(data).flatMap(([key, value]) =>
    value === undefined ? [] : [[key, value] as const],
  );
  if (entries.length === 0) return null;
  return (
    <dl
      aria-label={label}
      className="grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-3 gap-y-0.5 text-xs"
    >
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{key}</dt>
          <dd className="min-w-0">
            <JsonValueView value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
