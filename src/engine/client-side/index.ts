/** Client-side encryption in the S3 Encryption Client v2 format. */
export { decryptClientSide, readEnvelope } from './decrypt.ts';
export { encryptClientSide } from './encrypt.ts';
export type {
  ClientSideError,
  ClientSideMetadata,
  ClientSideObject,
  ClientWrapping,
  EnvelopeV2Key,
} from './types.ts';
export { ENVELOPE_V2_KEYS } from './types.ts';
export { CEK_ALG, CEK_ALG_CONTEXT_KEY } from './wrapping.ts';
