/** Response headers as S3 sends them (lower-case names), sorted by name. */
export function HeadersTable({ headers }: { headers: Record<string, string> }) {
  const rows = Object.entries(headers).sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return <p className="text-xs text-slate-500 dark:text-slate-400">No headers.</p>;
  return (
    <table className="w-full table-fixed text-left text-xs">
      <caption className="sr-only">Response headers</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-700">
          <th scope="col" className="w-1/2 py-0.5 pr-2 font-medium">
            Header
          </th>
          <th scope="col" className="py-0.5 font-medium">
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name} className="border-b border-slate-100 align-top dark:border-slate-800">
            <th
              scope="row"
              className="py-0.5 pr-2 font-mono font-normal break-words text-slate-600 dark:text-slate-300"
            >
              {name}
            </th>
            <td className="py-0.5 font-mono [overflow-wrap:anywhere]">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
