/**
 * The request builder's draft as plain data, and the pure functions between it and the engine's
 * `RequestInput`. The encryption picker is derived from the headers, so hand edits move the picker.
 */
import type { AuthType, Operation, SignatureKind, VpcEndpoint } from '../engine/index.ts';

export interface HeaderRow {
  name: string;
  value: string;
}

export interface ClientSideDraft {
  enabled: boolean;
  wrapping: 'kms' | 'aes';
  /** KMS key id, ARN or alias used to wrap the content key. */
  kmsKeyId: string;
  /** Base64 raw AES-256 wrapping key (a secret: persisted only with "include keys"). */
  aesKey: string;
}

/**
 * How a signed request is authenticated (scenario format `authType` and its companions). Numbers
 * are kept as typed, so a half-typed value stays where the user is; `to-request` reads them.
 */
export interface AuthDraft {
  type: AuthType;
  /** X-Amz-Expires of a presigned URL, in seconds. */
  expiresSeconds: string;
  /** How long before sending the request was signed, in seconds. */
  signedSecondsAgo: string;
  /** A browser POST's policy as JSON text. */
  postPolicyText: string;
}

export const DEFAULT_AUTH: AuthDraft = {
  type: 'REST-HEADER',
  expiresSeconds: '3600',
  signedSecondsAgo: '0',
  postPolicyText: '',
};

export interface RequestDraft {
  operation: Operation;
  bucket: string;
  key: string;
  /** Object data as text, or the JSON input of a bucket-level or KMS operation. */
  bodyText: string;
  https: boolean;
  tlsVersion: string;
  signature: SignatureKind;
  principal: string;
  sourceIp: string;
  headers: HeaderRow[];
  query: { versionId: string; uploadId: string; partNumber: string };
  clientSide: ClientSideDraft;
  /** Absent: signed in the Authorization header, just now. */
  auth?: AuthDraft;
  /** For a service principal (e.g. cloudfront.amazonaws.com): aws:SourceArn and aws:SourceAccount. */
  serviceSource?: { sourceArn: string; sourceAccount: string };
  /** The gateway VPC endpoint the request comes through, as typed; absent or an empty id: the internet. */
  vpcEndpoint?: VpcEndpointDraft;
}

export interface VpcEndpointDraft {
  /** `aws:SourceVpce`, e.g. vpce-1a2b3c4d. */
  id: string;
  /** `aws:SourceVpc`; empty: not given. */
  vpcId: string;
}

/** A request's endpoint as the draft's fields (spread into a draft; nothing when there is none). */
export const vpcEndpointDraft = (endpoint: VpcEndpoint | undefined): { vpcEndpoint?: VpcEndpointDraft } =>
  endpoint ? { vpcEndpoint: { id: endpoint.id, vpcId: endpoint.vpcId ?? '' } } : {};

/**
 * A file chosen from disk: its bytes are sent instead of `bodyText` (never persisted). The page
 * keeps only the handle; each send reads the bytes afresh and hands them to the engine's worker.
 */
export interface BodyFile {
  name: string;
  size: number;
  blob: Blob;
}

export const DEFAULT_ACCOUNT = '111122223333';
export const DEFAULT_BUCKET = 'test-bucket';

export const DEFAULT_DRAFT: RequestDraft = {
  operation: 'PutObject',
  bucket: DEFAULT_BUCKET,
  key: 'report.txt',
  bodyText: 'Hello from the S3 encryption playground',
  https: true,
  tlsVersion: '1.3',
  signature: 'SigV4',
  principal: `arn:aws:iam::${DEFAULT_ACCOUNT}:root`,
  sourceIp: '203.0.113.10',
  headers: [],
  query: { versionId: '', uploadId: '', partNumber: '' },
  clientSide: { enabled: false, wrapping: 'kms', kmsKeyId: '', aesKey: '' },
};

export const TLS_VERSIONS = ['1.3', '1.2', '1.1', '1.0'] as const;
export const SIGNATURES: readonly SignatureKind[] = ['SigV4', 'SigV2', 'anonymous'];

/** Headers whose values are secrets: kept out of storage and links unless the user asks. */
const SECRET_HEADERS = [
  'x-amz-server-side-encryption-customer-key',
  'x-amz-copy-source-server-side-encryption-customer-key',
];

export const isSecretHeader = (name: string) => SECRET_HEADERS.includes(name.trim().toLowerCase());

/** An SSE-C key (or a copy source's) among the headers: what links, saved work and lesson files leave out. */
export const carriesKey = (request: { headers?: Record<string, string> | undefined }) =>
  Object.keys(request.headers ?? {}).some((name) => isSecretHeader(name));

export function headerValue(headers: HeaderRow[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.trim().toLowerCase() === lower)?.value;
}

export function withHeader(headers: HeaderRow[], name: string, value: string | undefined): HeaderRow[] {
  const lower = name.toLowerCase();
  const rest = headers.filter((h) => h.name.trim().toLowerCase() !== lower);
  return value === undefined ? rest : [...rest, { name, value }];
}
