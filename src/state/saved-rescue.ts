/**
 * Saved work that cannot be read as a whole is rescued field by field (issue 12, "saved work is
 * rescued, never silently replaced"): every field that reads on its own is kept, the rest is named
 * in the notice, and the raw text is kept under a backup key before anything overwrites it.
 */
import type { Setup } from '../engine/index.ts';
import { DEFAULT_DRAFT, type RequestDraft } from './request-draft.ts';
import { type Baseline, fromDto, readDraft, readSetup, SHARE_VERSION, type Workspace } from './share-dto.ts';

export const BACKUP_KEY = 's3-encryption-playground:workspace-backup';

export interface Rescue {
  /** Undefined when nothing could be kept (not JSON, not an object, a newer format). */
  workspace?: Workspace;
  /** What was left out, each with why: "the policy (must be text)". Empty when all of it read. */
  dropped: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Set-up fields in the order they depend on each other (keys before the encryption that names them). */
const SETUP_ORDER = [
  'account',
  'region',
  'bucket',
  'kmsRequestsPerSecond',
  'principals',
  'kmsKeys',
  'versioning',
  'publicAccessBlock',
  'bucketEncryption',
  'otherBuckets',
  'objects',
  'policy',
];

function rescueSetup(raw: unknown, fallback: Setup, dropped: string[]): Setup {
  if (!isObject(raw)) {
    dropped.push('the bucket set-up (it is not an object)');
    return fallback;
  }
  const fields = [
    ...SETUP_ORDER.filter((f) => f in raw),
    ...Object.keys(raw).filter((f) => !SETUP_ORDER.includes(f)),
  ];
  let accepted: Record<string, unknown> = {};
  for (const field of fields) {
    const candidate = { ...accepted, [field]: raw[field] };
    const read = readSetup(candidate);
    if (read.ok) accepted = candidate;
    else
      dropped.push(
        `the set-up's "${field}" (${read.error.replace(/^the bucket set-up is not valid: /, '')})`,
      );
  }
  const read = readSetup(accepted);
  return read.ok ? read.value : fallback;
}

function rescueDraft(raw: unknown, dropped: string[]): RequestDraft {
  if (!isObject(raw)) {
    dropped.push('the request (it is not an object)');
    return DEFAULT_DRAFT;
  }
  const draft: RequestDraft = structuredClone(DEFAULT_DRAFT);
  for (const [field, value] of Object.entries(raw)) {
    const read = readDraft({ [field]: value });
    if (read.ok) Object.assign(draft, { [field]: read.value[field as keyof RequestDraft] });
    else dropped.push(`the request's "${field}" (${read.error})`);
  }
  return draft;
}

export function rescueSaved(text: string, baselineOf: (lesson?: string) => Baseline): Rescue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { dropped: ['it is not JSON'] };
  }
  const whole = fromDto(value, baselineOf);
  if (whole.ok) return { workspace: whole.value, dropped: [] };
  if (!isObject(value)) return { dropped: ['it is not an object'] };
  if (typeof value.v === 'number' && value.v > SHARE_VERSION) return { dropped: [whole.error] };
  const dropped: string[] = [];
  if (value.v !== SHARE_VERSION) dropped.push('its version number (read as the current format)');
  const baseline = baselineOf();
  let policyText = baseline.policyText;
  if (typeof value.policy === 'string') policyText = value.policy;
  else if (value.policy !== undefined) dropped.push('the policy text (it is not text)');
  const setup =
    value.setup === undefined ? baseline.setup : rescueSetup(value.setup, baseline.setup, dropped);
  const draft = value.request === undefined ? DEFAULT_DRAFT : rescueDraft(value.request, dropped);
  for (const field of Object.keys(value))
    if (!['v', 'lesson', 'policy', 'setup', 'request'].includes(field))
      dropped.push(`an unknown field "${field}"`);
  return { workspace: { policyText, setup, draft }, dropped };
}

/** The notice for a rescue that left something out. */
export function rescueNotice(rescue: Rescue): string {
  const backup = `The saved data as it was is kept in this browser under "${BACKUP_KEY}".`;
  if (!rescue.workspace)
    return `The work saved in this browser could not be read: ${rescue.dropped.join('; ')}; the defaults are shown. ${backup}`;
  return `Part of the work saved in this browser could not be read and was left out: ${rescue.dropped.join('; ')}. The rest is restored. ${backup}`;
}
