import type { SegmentSnapshot } from '../../../engine/index.ts';
import { HexBytes } from '../common/HexBytes.tsx';
import { formatByteSize } from '../format/bytes.ts';
import type { KeyMaterialView } from './key-material.ts';

/** What S3 stores for a version: the wrapped keys (or the SSE-C HMAC) and each segment's ciphertext, IVs and tags. */
export function StoredBytes({
  material,
  segments,
}: {
  material?: KeyMaterialView;
  segments: SegmentSnapshot[];
}) {
  return (
    <div className="flex flex-col gap-1">
      {material ? (
        <div>
          <p className="text-xs">{material.summary}</p>
          {material.wrappedKeys.map((wrapped) => (
            <div
              key={`${wrapped.label}-${wrapped.hex.slice(0, 16)}`}
              className="mt-1 border-l-2 border-violet-400 pl-2"
            >
              <HexBytes label={wrapped.label} hex={wrapped.hex} limit={24} />
              <p className="text-xs text-slate-500 dark:text-slate-400">
                Wrapped by {wrapped.keyArn ?? wrapped.wrappedBy}
              </p>
              {wrapped.encryptionContext ? (
                <p className="font-mono text-xs break-all">
                  context {JSON.stringify(wrapped.encryptionContext)}
                </p>
              ) : null}
            </div>
          ))}
          {material.extras.map(([name, value]) => (
            <HexBytes key={name} label={name} hex={value} limit={32} />
          ))}
        </div>
      ) : null}
      {segments.map((segment, index) => (
        <div
          key={`${segment.ciphertextFirstBytesHex}-${index.toString()}`}
          className="border-l-2 border-slate-400 pl-2"
        >
          <p className="text-xs font-medium">
            {segments.length > 1 ? `Part ${index + 1}: ` : ''}ciphertext,{' '}
            {formatByteSize(segment.ciphertextLength)}
          </p>
          {segment.segmentCount > 1 ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              In {segment.segmentCount} AES-GCM segments of up to {formatByteSize(segment.segmentBytes)}, each
              with its own IV and tag; the first segment's are shown.
            </p>
          ) : null}
          <HexBytes label="Stored ciphertext" hex={segment.ciphertextFirstBytesHex} limit={32} />
          {segment.layers.map((layer, layerIndex) => (
            <div key={layer.ivHex} className="flex flex-wrap gap-x-3">
              <HexBytes label={segment.layers.length > 1 ? `IV ${layerIndex + 1}` : 'IV'} hex={layer.ivHex} />
              <HexBytes
                label={segment.layers.length > 1 ? `Tag ${layerIndex + 1}` : 'Tag'}
                hex={layer.tagHex}
              />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
