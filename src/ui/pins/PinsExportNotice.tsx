import type { PinsExportReport } from '../../state/pins-export-check.ts';

/**
 * What the last export came to: the file was run as `npm run scenarios` will run it, and a pin
 * whose answer there is not the one it has here is named, with what the file's step got.
 */
export function PinsExportNotice({ report }: { report: PinsExportReport | null }) {
  if (!report) return null;
  const { problems, setupDiffers, skippedWithKeys } = report;
  return (
    <div className="flex flex-col gap-1 text-xs" data-testid="pins.export-notice">
      {problems.length === 0 ? (
        <p role="status">
          Exported. The file rebuilds this world before the pins (its set-up and the requests sent to it), and
          each pin answers there as it does here.
        </p>
      ) : (
        <div role="alert" className="text-rose-800 dark:text-rose-300">
          <p>
            Exported, but{' '}
            {problems.length === 1 ? 'this pin answers' : `these ${problems.length} pins answer`} otherwise in
            the file than here{' '}
            {setupDiffers
              ? '(the file could not rebuild this world exactly, see below):'
              : '(the file runs the pins one after another in one world; here each runs in its own copy):'}
          </p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p.pin}>
                <span className="font-mono">{p.label}</span>: {p.holds ? 'holds here' : 'differs here'}, in
                the file {p.got}
              </li>
            ))}
          </ul>
        </div>
      )}
      {setupDiffers ? (
        <p className="text-amber-800 dark:text-amber-300">
          A request that rebuilds the world answered otherwise in the file ({setupDiffers}).
        </p>
      ) : null}
      {skippedWithKeys > 0 ? (
        <p className="text-amber-800 dark:text-amber-300">
          {skippedWithKeys} request{skippedWithKeys === 1 ? '' : 's'} with an SSE-C key{' '}
          {skippedWithKeys === 1 ? 'was' : 'were'} left out of the file; tick "Include keys" to write{' '}
          {skippedWithKeys === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
    </div>
  );
}
