/**
 * The workspace as a versioned DTO holding only what differs from the defaults (or the lesson),
 * for share links and saved work (the guarded storage module). Reading validates every field and copies known fields
 * explicitly, so anything extra in a hostile link is dropped (cedar playground export helpers).
 * SSE-C keys and client-side wrapping keys are left out unless `includeKeys` is set.
 */

import type { AuthType, Operation, Result, Setup, SignatureKind } from '../engine/index.ts';
import { AUTH_TYPES, type JsonValue, OPERATIONS, setupFromJson } from '../engine/index.ts';
import { MAX_PINS, type Pin } from './pins.ts';
import {
  type AuthDraft,
  type ClientSideDraft,
  DEFAULT_DRAFT,
  type HeaderRow,
  headerValue,
  isSecretHeader,
  type RequestDraft,
  SIGNATURES,
} from './request-draft.ts';
import { SSE_C_KEY_PAIRS } from './sse-c-key.ts';

export const SHARE_VERSION = 1;

export interface WorkspaceDto {
  v: 1;
  lesson?: string;
  policy?: string;
  setup?: Setup;
  request?: Partial<RequestDraft>;
  /** Pinned expectations: each request as the draft fields that differ from the defaults. */
  pins?: PinDto[];
}

export interface PinDto {
  request: Partial<RequestDraft>;
  status: number;
  code: string | null;
}

export interface Workspace {
  lesson?: string;
  policyText: string;
  setup: Setup;
  draft: RequestDraft;
  pins?: Pin[];
}

export interface Baseline {
  policyText: string;
  setup: Setup;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function toDto(workspace: Workspace, baseline: Baseline, includeKeys: boolean): WorkspaceDto {
  const dto: WorkspaceDto = { v: SHARE_VERSION };
  if (workspace.lesson) dto.lesson = workspace.lesson;
  if (workspace.policyText !== baseline.policyText) dto.policy = workspace.policyText;
  if (!same(workspace.setup, baseline.setup)) dto.setup = workspace.setup;
  const request = draftDifferences(workspace.draft, includeKeys);
  if (Object.keys(request).length > 0) dto.request = request;
  // A pin's SSE-C key goes the way of the draft's: only with "include keys".
  const pins = (workspace.pins ?? []).map((pin) => ({
    request: draftDifferences(pin.draft, includeKeys),
    status: pin.expect.status,
    code: pin.expect.code,
  }));
  if (pins.length > 0) dto.pins = pins;
  return dto;
}

function draftDifferences(full: RequestDraft, includeKeys: boolean): Partial<RequestDraft> {
  const draft = includeKeys ? full : withoutKeys(full);
  const request: Partial<RequestDraft> = {};
  // The draft's own fields too: the optional ones (auth, serviceSource, vpcEndpoint) have no default.
  const fields = new Set([...Object.keys(DEFAULT_DRAFT), ...Object.keys(draft)]) as Set<keyof RequestDraft>;
  for (const field of fields) {
    if (!same(draft[field], DEFAULT_DRAFT[field])) Object.assign(request, { [field]: draft[field] });
  }
  return request;
}

/**
 * The draft without its keys. An SSE-C key's MD5 goes with it: the digest of a key nobody has is
 * of no use, and a stale one would be wrong for the key entered next. The key's row stays, empty,
 * so whoever opens the link is told to enter the key again (`droppedKeyNote`).
 */
export function withoutKeys(draft: RequestDraft): RequestDraft {
  const dropped = new Set<string>(
    SSE_C_KEY_PAIRS.filter((pair) => headerValue(draft.headers, pair.key)).map((pair) => pair.md5),
  );
  return {
    ...draft,
    headers: draft.headers.map((h) =>
      isSecretHeader(h.name) || dropped.has(h.name.trim().toLowerCase()) ? { ...h, value: '' } : h,
    ),
    clientSide: { ...draft.clientSide, aesKey: '' },
  };
}

/** Said when a link or saved work left an SSE-C key out (its row is there, empty). */
export function droppedKeyNote(workspace: Workspace): string | undefined {
  const drafts = [workspace.draft, ...(workspace.pins ?? []).map((pin) => pin.draft)];
  const missing = drafts.some((draft) =>
    SSE_C_KEY_PAIRS.some((pair) => headerValue(draft.headers, pair.key)?.trim() === ''),
  );
  return missing
    ? 'The SSE-C key was left out (keys travel only when "Include keys" is ticked), and its MD5 with it: enter the key again in the request\'s headers, or use Generate key for a new one.'
    : undefined;
}

type Read<T> = Result<T, string>;
const fail = (message: string): Read<never> => ({ ok: false, error: message });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `baselineOf` gives the defaults a DTO is a difference from: its lesson's, or the app's. */
export function fromDto(value: unknown, baselineOf: (lesson?: string) => Baseline): Read<Workspace> {
  if (!isObject(value)) return fail('the data is not an object');
  if (typeof value.v !== 'number') return fail('the data has no version number');
  if (value.v > SHARE_VERSION)
    return fail(
      `it was made by a newer version of the playground (format ${value.v}; this one reads ${SHARE_VERSION})`,
    );
  if (value.v !== SHARE_VERSION) return fail(`format ${String(value.v)} is not one this playground knows`);
  const unknown = Object.keys(value).filter(
    (k) => !['v', 'lesson', 'policy', 'setup', 'request', 'pins'].includes(k),
  );
  if (unknown.length > 0) return fail(`unknown field "${unknown[0]}"`);
  if (value.lesson !== undefined && (typeof value.lesson !== 'string' || !/^[a-z0-9-]+$/.test(value.lesson)))
    return fail('"lesson" must be a lesson id');
  if (value.policy !== undefined && typeof value.policy !== 'string') return fail('"policy" must be text');
  const lesson = typeof value.lesson === 'string' ? value.lesson : undefined;
  const baseline = baselineOf(lesson);
  const setup =
    value.setup === undefined ? { ok: true as const, value: baseline.setup } : readSetup(value.setup);
  if (!setup.ok) return setup;
  const draft =
    value.request === undefined ? { ok: true as const, value: DEFAULT_DRAFT } : readDraft(value.request);
  if (!draft.ok) return draft;
  const pins = value.pins === undefined ? { ok: true as const, value: [] } : readPins(value.pins);
  if (!pins.ok) return pins;
  const workspace: Workspace = {
    policyText: value.policy ?? baseline.policyText,
    setup: setup.value,
    draft: draft.value,
  };
  if (pins.value.length > 0) workspace.pins = pins.value;
  if (lesson !== undefined) workspace.lesson = lesson;
  return { ok: true, value: workspace };
}

/** The engine's strict scenario checks read the set-up (one reader for every set-up we read). */
export function readSetup(setup: unknown): Read<Setup> {
  // What the link or saved work holds came from JSON.parse, so it is JSON.
  const parsed = setupFromJson(setup as JsonValue);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return fail(
      `the bucket set-up is not valid: ${first ? `${first.path.replace(/^setup\.?/, 'setup ')} ${first.message}` : 'unknown problem'}`,
    );
  }
  return { ok: true, value: parsed.value };
}

const TEXT_FIELDS = ['bucket', 'key', 'bodyText', 'tlsVersion', 'principal', 'sourceIp'] as const;

export function readDraft(value: unknown): Read<RequestDraft> {
  if (!isObject(value)) return fail('"request" must be an object');
  const draft: RequestDraft = structuredClone(DEFAULT_DRAFT);
  for (const [field, raw] of Object.entries(value)) {
    if ((TEXT_FIELDS as readonly string[]).includes(field)) {
      if (typeof raw !== 'string') return fail(`request "${field}" must be text`);
      draft[field as (typeof TEXT_FIELDS)[number]] = raw;
    } else if (field === 'operation') {
      if (!OPERATIONS.includes(raw as Operation))
        return fail(`request operation "${String(raw)}" is not one S3 has here`);
      draft.operation = raw as Operation;
    } else if (field === 'https') {
      if (typeof raw !== 'boolean') return fail('request "https" must be true or false');
      draft.https = raw;
    } else if (field === 'signature') {
      if (!SIGNATURES.includes(raw as SignatureKind))
        return fail('request "signature" must be SigV4, SigV2 or anonymous');
      draft.signature = raw as SignatureKind;
    } else if (field === 'headers') {
      const headers = readHeaders(raw);
      if (!headers.ok) return headers;
      draft.headers = headers.value;
    } else if (field === 'query') {
      if (!isObject(raw)) return fail('request "query" must be an object');
      for (const name of ['versionId', 'uploadId', 'partNumber'] as const) {
        const v = raw[name];
        if (v !== undefined && typeof v !== 'string') return fail(`request query "${name}" must be text`);
        if (typeof v === 'string') draft.query[name] = v;
      }
    } else if (field === 'serviceSource') {
      if (!isObject(raw) || typeof raw.sourceArn !== 'string' || typeof raw.sourceAccount !== 'string')
        return fail('request "serviceSource" must have a text sourceArn and sourceAccount');
      draft.serviceSource = { sourceArn: raw.sourceArn, sourceAccount: raw.sourceAccount };
    } else if (field === 'vpcEndpoint') {
      if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.vpcId !== 'string')
        return fail('request "vpcEndpoint" must have a text id and vpcId');
      draft.vpcEndpoint = { id: raw.id, vpcId: raw.vpcId };
    } else if (field === 'auth') {
      const auth = readAuth(raw);
      if (!auth.ok) return auth;
      draft.auth = auth.value;
    } else if (field === 'clientSide') {
      const clientSide = readClientSide(raw);
      if (!clientSide.ok) return clientSide;
      draft.clientSide = clientSide.value;
    } else return fail(`unknown request field "${field}"`);
  }
  return { ok: true, value: draft };
}

function readPins(raw: unknown): Read<Pin[]> {
  if (!Array.isArray(raw)) return fail('"pins" must be a list');
  if (raw.length > MAX_PINS) return fail(`"pins" holds ${raw.length} pins; the limit is ${MAX_PINS}`);
  const pins: Pin[] = [];
  for (const [index, item] of raw.entries()) {
    if (!isObject(item)) return fail(`pin ${index + 1} must be an object`);
    if (typeof item.status !== 'number' || !Number.isInteger(item.status))
      return fail(`pin ${index + 1} "status" must be a whole number`);
    if (item.code !== null && typeof item.code !== 'string')
      return fail(`pin ${index + 1} "code" must be text or null`);
    const draft = readDraft(item.request ?? {});
    if (!draft.ok) return fail(`pin ${index + 1}: ${draft.error}`);
    pins.push({ draft: draft.value, expect: { status: item.status, code: item.code } });
  }
  return { ok: true, value: pins };
}

function readAuth(raw: unknown): Read<AuthDraft> {
  if (!isObject(raw)) return fail('request "auth" must be an object');
  const { type, expiresSeconds, signedSecondsAgo, postPolicyText } = raw;
  if (!AUTH_TYPES.includes(type as AuthType))
    return fail('request auth "type" must be REST-HEADER, REST-QUERY-STRING or POST');
  for (const [name, value] of Object.entries({ expiresSeconds, signedSecondsAgo, postPolicyText }))
    if (typeof value !== 'string') return fail(`request auth "${name}" must be text`);
  return {
    ok: true,
    value: {
      type: type as AuthType,
      expiresSeconds: expiresSeconds as string,
      signedSecondsAgo: signedSecondsAgo as string,
      postPolicyText: postPolicyText as string,
    },
  };
}

function readHeaders(raw: unknown): Read<HeaderRow[]> {
  if (!Array.isArray(raw)) return fail('request "headers" must be a list');
  const rows: HeaderRow[] = [];
  for (const row of raw) {
    if (!isObject(row) || typeof row.name !== 'string' || typeof row.value !== 'string')
      return fail('each request header must have a text name and value');
    rows.push({ name: row.name, value: row.value });
  }
  return { ok: true, value: rows };
}

function readClientSide(raw: unknown): Read<ClientSideDraft> {
  if (!isObject(raw)) return fail('request "clientSide" must be an object');
  const { enabled, wrapping, kmsKeyId, aesKey } = raw;
  if (typeof enabled !== 'boolean' || (wrapping !== 'kms' && wrapping !== 'aes'))
    return fail('request "clientSide" is not valid');
  if (typeof kmsKeyId !== 'string' || typeof aesKey !== 'string')
    return fail('request "clientSide" keys must be text');
  return { ok: true, value: { enabled, wrapping, kmsKeyId, aesKey } };
}
