import type { VersionSnapshot } from '../../../engine/index.ts';
import { Chip } from '../common/Chip.tsx';
import { formatByteSize } from '../format/bytes.ts';
import { readKeyMaterial } from './key-material.ts';
import { ReadVersionForm } from './ReadVersionForm.tsx';
import { StoredBytes } from './StoredBytes.tsx';

/** One stored version: encryption, Last-Modified, ETag, metadata, the stored bytes, and a way to read it. */
export function VersionCard({
  bucket,
  objectKey,
  version,
}: {
  bucket: string;
  objectKey: string;
  version: VersionSnapshot;
}) {
  const material = readKeyMaterial(version.keyMaterial);
  const metadata = Object.entries(version.metadata);
  return (
    <li
      aria-label={`Version ${version.versionId}${version.isLatest ? ' (current)' : ''}`}
      className="rounded border border-slate-200 p-2 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-1 text-xs">
        <span className="font-mono font-semibold">{version.versionId}</span>
        {version.isLatest ? <Chip tone="good">current</Chip> : <Chip>noncurrent</Chip>}
        {version.deleteMarker ? <Chip tone="warn">delete marker</Chip> : null}
        {version.mode ? <Chip tone="good">{version.mode}</Chip> : null}
        {version.bucketKey ? <Chip>bucket key</Chip> : null}
        {version.sseApplied ? <Chip>SSEApplied {version.sseApplied}</Chip> : null}
      </div>
      {version.deleteMarker ? null : (
        <>
          {/* The name column is at most 45% wide: a long metadata name (x-amz-meta-x-amz-unencrypted-content-length) wraps instead of pushing the values out of the panel. */}
          <dl className="mt-1 grid grid-cols-[fit-content(45%)_minmax(0,1fr)] gap-x-3 text-xs">
            <dt className="text-slate-500 dark:text-slate-400">Last-Modified</dt>
            <dd className="font-mono [overflow-wrap:anywhere]">{version.lastModified}</dd>
            <dt className="text-slate-500 dark:text-slate-400">ETag</dt>
            <dd className="font-mono break-all">{version.etag}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Size</dt>
            <dd>{formatByteSize(version.size)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Content-Type</dt>
            <dd className="font-mono break-all">{version.contentType}</dd>
            {version.keyArn ? (
              <>
                <dt className="text-slate-500 dark:text-slate-400">KMS key</dt>
                <dd className="font-mono break-all">{version.keyArn}</dd>
              </>
            ) : null}
            {metadata.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="font-mono text-slate-500 [overflow-wrap:break-word] dark:text-slate-400">
                  {name}
                </dt>
                <dd className="font-mono break-all">{value}</dd>
              </div>
            ))}
          </dl>
          <details className="mt-1">
            <summary className="cursor-pointer text-xs font-medium">What S3 stores</summary>
            <StoredBytes {...(material ? { material } : {})} segments={version.segments} />
          </details>
          <ReadVersionForm
            bucket={bucket}
            objectKey={objectKey}
            versionId={version.versionId}
            sseC={version.mode === 'SSE-C'}
          />
        </>
      )}
    </li>
  );
}
