/**
 * The key material S3 stores next to an object (the snapshot's `keyMaterial`, bytes as hex), read
 * into the wrapped keys the UI lists. SSE-C material holds only the salted HMAC: there is no key to show.
 */
import type { JsonValue } from '../../../engine/index.ts';
import { asArray, asBoolean, asObject, asString } from '../format/json-data.ts';

export interface WrappedKeyView {
  /** What the bytes are, e.g. "Data key wrapped by KMS". */
  label: string;
  /** Who can unwrap it. */
  wrappedBy: string;
  keyArn?: string;
  hex: string;
  encryptionContext?: Record<string, string>;
}

export interface KeyMaterialView {
  mode: string;
  /** How the data key is made and kept, in one sentence. */
  summary: string;
  wrappedKeys: WrappedKeyView[];
  /** Other stored values: the SSE-C HMAC and salt, the bucket-key HKDF salt, the key MD5. */
  extras: [string, string][];
}

function context(value: JsonValue | undefined): Record<string, string> | undefined {
  const o = asObject(value);
  if (!o) return undefined;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, asString(v) ?? JSON.stringify(v)]));
}

function kmsBlob(value: JsonValue | undefined, label: string): WrappedKeyView | undefined {
  const o = asObject(value);
  const hex = asString(o?.ciphertextBlob);
  if (!o || hex === undefined) return undefined;
  const keyArn = asString(o.keyArn);
  const encryptionContext = context(o.encryptionContext);
  return {
    label,
    wrappedBy: 'KMS key (Decrypt with the same encryption context opens it)',
    ...(keyArn ? { keyArn } : {}),
    hex,
    ...(encryptionContext ? { encryptionContext } : {}),
  };
}

const text = (o: Record<string, JsonValue>, name: string): [string, string][] => {
  const value = asString(o[name]);
  return value === undefined ? [] : [[name, value]];
};

export function readKeyMaterial(value: JsonValue | undefined): KeyMaterialView | undefined {
  const o = asObject(value);
  const mode = asString(o?.mode);
  if (!o || !mode) return undefined;
  switch (mode) {
    case 'SSE-S3': {
      const wrapped = asObject(o.wrappedKey);
      const hex = asString(wrapped?.ciphertext);
      return {
        mode,
        summary:
          'A per-object data key, wrapped by the S3-owned root key that nobody (you included) can read.',
        wrappedKeys:
          hex === undefined ? [] : [{ label: 'Data key wrapped by S3', wrappedBy: 'S3-owned root key', hex }],
        extras: wrapped
          ? [...text(wrapped, 'iv'), ...text(wrapped, 'tag')].map(([name, hex]): [string, string] => [
              `wrapping ${name}`,
              hex,
            ])
          : [],
      };
    }
    case 'SSE-KMS': {
      if (asBoolean(o.bucketKey)) {
        const blob = kmsBlob(o.wrappedBucketKey, 'Bucket key wrapped by KMS');
        return {
          mode,
          summary:
            "An S3 Bucket Key from KMS (its context names the bucket ARN); the object's data key is derived from it with HKDF and the salt.",
          wrappedKeys: blob ? [blob] : [],
          extras: text(o, 'salt'),
        };
      }
      const blob = kmsBlob(o.wrappedKey, 'Data key wrapped by KMS');
      return {
        mode,
        summary: 'KMS GenerateDataKey made the data key; S3 keeps only its KMS-wrapped copy.',
        wrappedKeys: blob ? [blob] : [],
        extras: [],
      };
    }
    case 'DSSE-KMS': {
      const layers = (asArray(o.layers) ?? []).flatMap(
        (layer, i) => kmsBlob(layer, `Layer ${i + 1} data key wrapped by KMS`) ?? [],
      );
      return {
        mode,
        summary: 'Two independent layers, each with its own KMS data key.',
        wrappedKeys: layers,
        extras: [],
      };
    }
    case 'SSE-C':
      return {
        mode,
        summary:
          'The customer key encrypted the data and was then discarded: S3 keeps only a salted HMAC of it, to refuse a wrong key before decrypting.',
        wrappedKeys: [],
        extras: [...text(o, 'keyMd5'), ...text(o, 'keyHmac'), ...text(o, 'salt')],
      };
    default:
      return { mode, summary: '', wrappedKeys: [], extras: [] };
  }
}
