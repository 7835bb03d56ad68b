import { EmptyNote, Panel } from './common/Panel.tsx';
import { VersionCard } from './objects/VersionCard.tsx';
import { useWorldSnapshot } from './use-world-snapshot.ts';

/** The objects S3 stores, version by version, with their encryption and the bytes kept at rest. */
export function ObjectsPanel() {
  const snapshot = useWorldSnapshot();
  const buckets = snapshot
    ? [...snapshot.buckets].sort(
        (a, b) => Number(b.name === snapshot.bucket) - Number(a.name === snapshot.bucket),
      )
    : [];
  const withObjects = buckets.filter((bucket) => bucket.objects.length > 0);
  return (
    <Panel name="Objects">
      {withObjects.length === 0 ? (
        <EmptyNote>
          No objects yet: PUT one to see what S3 stores. Objects, versions and the audit log are kept in this
          browser across reloads (an object written with an SSE-C key only with "Include keys").
        </EmptyNote>
      ) : null}
      {withObjects.map((bucket) => (
        <section key={bucket.name} aria-label={`Objects in ${bucket.name}`} className="flex flex-col gap-2">
          <h3 className="text-xs font-semibold">
            {bucket.name}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              {' '}
              — versioning {bucket.versioning ?? 'never enabled'}
            </span>
          </h3>
          {bucket.objects.map((object) => (
            <article key={object.key} aria-label={`Object ${object.key}`} className="flex flex-col gap-1">
              <h4 className="font-mono text-sm font-semibold break-all">{object.key}</h4>
              <ol className="flex flex-col gap-1">
                {object.versions.map((version) => (
                  <VersionCard
                    key={version.versionId}
                    bucket={bucket.name}
                    objectKey={object.key}
                    version={version}
                  />
                ))}
              </ol>
            </article>
          ))}
        </section>
      ))}
    </Panel>
  );
}
