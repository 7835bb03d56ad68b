import { HexBytes } from '../common/HexBytes.tsx';
import { ChainBox, KeyChain } from '../common/KeyChain.tsx';
import { KeyValueList } from '../common/KeyValueList.tsx';
import { findVersion, tracedObject } from '../objects/find-version.ts';
import { readKeyMaterial } from '../objects/key-material.ts';
import { useWorldSnapshot } from '../use-world-snapshot.ts';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

const DATA_KEY_NOTE: Record<string, string> = {
  'SSE-S3': 'A fresh 256-bit AES key for this object, made by S3.',
  'SSE-KMS': 'A 256-bit key from KMS GenerateDataKey (or derived from the bucket key).',
  'DSSE-KMS': 'Two 256-bit keys from KMS, one per layer.',
  'SSE-C': 'Your customer key, sent with the request. S3 never stores it.',
};

/**
 * The bytes: data key → wrapped key → ciphertext (first bytes, IV, tag), from the step's data and the
 * stored version in the snapshot. Plaintext keys exist only while S3 works: they are never shown.
 */
export function CryptoStepView({ step, trace }: StepViewProps<'crypto'>) {
  const data = step.data ?? {};
  const snapshot = useWorldSnapshot();
  const where = tracedObject(trace);
  const version = snapshot && where ? findVersion(snapshot, where) : undefined;
  const material = readKeyMaterial(version?.keyMaterial);
  const mode = material?.mode ?? version?.mode;
  const segment = version?.segments[0];
  const ivs = data.ivHex ?? segment?.layers.map((layer) => layer.ivHex) ?? [];
  const tags = segment?.layers.map((layer) => layer.tagHex) ?? [];
  const firstBytes = data.ciphertextFirstBytesHex ?? segment?.ciphertextFirstBytesHex;
  if (!firstBytes && ivs.length === 0 && !material) {
    return Object.keys(data).length > 0 ? <KeyValueList data={data} /> : null;
  }
  return (
    <div className="flex flex-col gap-1">
      <KeyChain label="Encryption chain">
        <ChainBox title="Data key">
          <p className="text-xs">
            {(mode && DATA_KEY_NOTE[mode]) ?? 'The AES-256 key that encrypts the data.'}
          </p>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Plaintext only in memory, never stored or shown.
          </p>
        </ChainBox>
        <ChainBox title={mode === 'SSE-C' ? 'What S3 keeps of the key' : 'Wrapped key (stored)'}>
          {material ? (
            <p className="text-xs">{material.summary}</p>
          ) : (
            <p className="text-xs">Not stored with this version.</p>
          )}
          {material?.wrappedKeys.map((wrapped) => (
            <div key={`${wrapped.label}-${wrapped.hex.slice(0, 16)}`} className="mt-1">
              <HexBytes label={wrapped.label} hex={wrapped.hex} />
              {wrapped.keyArn ? <p className="font-mono text-xs break-all">under {wrapped.keyArn}</p> : null}
              {wrapped.encryptionContext ? (
                <p className="font-mono text-xs break-all">
                  context {JSON.stringify(wrapped.encryptionContext)}
                </p>
              ) : null}
            </div>
          ))}
          {material?.extras.map(([name, value]) => (
            <HexBytes key={name} label={name} hex={value} />
          ))}
        </ChainBox>
        <ChainBox title="Ciphertext (stored)" last>
          {firstBytes ? <HexBytes label="First bytes" hex={firstBytes} /> : null}
          {ivs.map((iv, index) => (
            <HexBytes key={`iv-${iv}`} label={ivs.length > 1 ? `IV, layer ${index + 1}` : 'IV'} hex={iv} />
          ))}
          {tags.map((tag, index) => (
            <HexBytes
              key={`tag-${tag}`}
              label={tags.length > 1 ? `Tag, layer ${index + 1}` : 'Tag'}
              hex={tag}
            />
          ))}
          {tags.length === 0 && data.layers ? (
            <p className="text-xs">{data.layers} AES-GCM layer(s)</p>
          ) : null}
        </ChainBox>
      </KeyChain>
      <KeyValueList
        data={omit(data, ['ivHex', 'ciphertextFirstBytesHex', 'tagBytes', 'layers', 'status', 'errorCode'])}
      />
    </div>
  );
}
