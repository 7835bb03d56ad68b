/**
 * The Amazon S3 Encryption Client v2 envelope (spec §9; S3EC `content-metadata.md`,
 * `MetadataKeyConstants.java`). S3 stores these as ordinary user metadata.
 */
import type { Kms, KmsError } from '../kms/types.ts';

export const ENVELOPE_V2_KEYS = [
  'x-amz-meta-x-amz-key-v2',
  'x-amz-meta-x-amz-iv',
  'x-amz-meta-x-amz-cek-alg',
  'x-amz-meta-x-amz-wrap-alg',
  'x-amz-meta-x-amz-matdesc',
  'x-amz-meta-x-amz-tag-len',
  'x-amz-meta-x-amz-unencrypted-content-length',
] as const;

export type EnvelopeV2Key = (typeof ENVELOPE_V2_KEYS)[number];
export type ClientSideMetadata = Record<EnvelopeV2Key, string>;

/** How the content key is wrapped: by a KMS key (`kms+context`) or a raw AES-256 key (`AES/GCM`). */
export type ClientWrapping =
  | {
      kind: 'kms';
      keyArn: string;
      kms: Kms;
      /** The client calls KMS directly as this principal (not through S3). */
      principalArn: string;
      sourceIp: string;
      /** Extra encryption-context pairs; `aws:x-amz-cek-alg` is reserved. */
      context?: Record<string, string>;
    }
  | { kind: 'aes'; key: Uint8Array };

export type ClientSideError =
  | KmsError
  | {
      code:
        | 'MissingEnvelope'
        | 'MixedEnvelopeVersions'
        | 'UnsupportedAlgorithm'
        | 'WrappingMismatch'
        | 'ReservedContextKey'
        | 'InvalidWrappingKey'
        | 'Tampered';
      message: string;
    };

export interface ClientSideObject {
  /** Ciphertext with the 16-byte GCM tag appended, as S3EC uploads it. */
  body: Uint8Array<ArrayBuffer>;
  metadata: ClientSideMetadata;
}
