/**
 * "Paste from AWS CLI": what the CLI printed goes to the panel it describes (the policy editor's
 * draft, the bucket's encryption, Block Public Access or versioning through S3, a key's policy
 * through KMS); a command goes into the request builder. Each paste says what changed.
 */

import type { StateCreator } from 'zustand/vanilla';
import type { Outcome } from '../../engine/index.ts';
import { wentThrough } from '../../engine/index.ts';
import type { Pasted, PasteProblem } from '../aws-paste/index.ts';
import { type BucketForm, formFromSetup } from '../bucket-form.ts';
import { draftFromInput } from '../draft-from-input.ts';
import type { EnginePort } from '../engine-port.ts';
import { FAILING_UPLOADS, KEY_NOT_CHECKED, ownBucket } from '../own-bucket.ts';
import { pastedRequestWarnings } from '../paste-preview.ts';
import { DEFAULT_ACCOUNT, DEFAULT_BUCKET } from '../request-draft.ts';
import type { PlaygroundState } from './types.ts';

export interface PasteReport {
  /** One line per thing that changed, then S3's or KMS's answer. */
  summary: string[];
  /**
   * What will go wrong later although the service accepted the change (a default key KMS lacks), or
   * what S3 would answer to a pasted command that is refused as it stands.
   */
  warnings?: string[];
  /** What S3 would refuse in a pasted bucket policy: how many problems, and the first. */
  refused?: string;
  problem?: PasteProblem;
  /** What was pasted, for pointing at a problem's token. */
  text: string;
}

export interface PasteSlice {
  pasteReport: PasteReport | null;
  /** `keyId`: the key a pasted key policy goes to. */
  applyPaste(text: string, keyId?: string): Promise<void>;
  clearPaste(): void;
}

const ALGORITHM_NAMES: Record<string, string> = {
  AES256: 'SSE-S3 (AES256)',
  'aws:kms': 'SSE-KMS (aws:kms)',
  'aws:kms:dsse': 'DSSE-KMS (aws:kms:dsse)',
};
const onOff = (on: boolean) => (on ? 'on' : 'off');

function formChanges(before: BucketForm, after: BucketForm, fields: (keyof BucketForm)[]): string[] {
  const lines: string[] = [];
  const show: Record<string, (f: BucketForm) => string> = {
    algorithm: (f) => ALGORITHM_NAMES[f.algorithm] ?? f.algorithm,
    kmsKeyId: (f) => f.kmsKeyId || 'aws/s3',
    bucketKey: (f) => onOff(f.bucketKey),
    sseCBlocked: (f) => onOff(f.sseCBlocked),
    versioning: (f) => f.versioning,
  };
  const labels: Record<string, string> = {
    algorithm: 'Default encryption',
    kmsKeyId: 'Default KMS key',
    bucketKey: 'Bucket key',
    sseCBlocked: 'Block SSE-C writes',
    versioning: 'Versioning',
  };
  for (const field of fields) {
    if (field === 'publicAccessBlock') {
      for (const [name, value] of Object.entries(after.publicAccessBlock)) {
        const was = before.publicAccessBlock[name as keyof BucketForm['publicAccessBlock']];
        if (was !== value) lines.push(`${name}: ${onOff(was)} → ${onOff(value)}`);
      }
      continue;
    }
    const render = show[field];
    if (!render) continue;
    if (render(before) !== render(after))
      lines.push(`${labels[field]}: ${render(before)} → ${render(after)}`);
  }
  return lines.length > 0 ? lines : ['Nothing differs from what the bucket had.'];
}

const answer = (what: string, outcome: Outcome | undefined) =>
  outcome
    ? wentThrough(outcome.response.status)
      ? `${what} answered ${outcome.response.status}.`
      : `${what} refused it: ${outcome.response.status} ${outcome.response.error?.code ?? ''} ${outcome.response.error?.message ?? ''}`.trim()
    : `${what} is not ready.`;

/** The engine's word on the bucket's default key once the paste is in force (s3/default-key-problem.ts). */
function defaultKeyWarnings(state: PlaygroundState): string[] {
  const problem = ownBucket(state.snapshot)?.defaultKeyProblem;
  if (!problem) return [];
  return [`${FAILING_UPLOADS} ${problem.status} ${problem.code}: ${problem.message}`, KEY_NOT_CHECKED];
}

export const createPasteSlice =
  (port: Pick<EnginePort, 'sendUnderPolicy'>): StateCreator<PlaygroundState, [], [], PasteSlice> =>
  (set, get) => {
    const toBucket = async (
      pasted: Extract<Pasted, { kind: 'bucket-encryption' | 'public-access-block' | 'versioning' }>,
    ): Promise<string[]> => {
      const before = get().bucketForm;
      const setup = get().setup;
      if (pasted.kind === 'bucket-encryption') {
        const next = formFromSetup({ ...setup, bucketEncryption: pasted.configuration });
        const { algorithm, kmsKeyId, bucketKey, sseCBlocked } = next;
        get().setBucketForm({ algorithm, kmsKeyId, bucketKey, sseCBlocked });
        await get().applyBucket('encryption');
        const lines = formChanges(before, get().bucketForm, [
          'algorithm',
          'kmsKeyId',
          'bucketKey',
          'sseCBlocked',
        ]);
        return [...lines, answer('PutBucketEncryption: S3', get().bucketApply.encryption.outcome)];
      }
      if (pasted.kind === 'public-access-block') {
        get().setBucketForm({ publicAccessBlock: pasted.configuration });
        await get().applyBucket('publicAccessBlock');
        const lines = formChanges(before, get().bucketForm, ['publicAccessBlock']);
        return [...lines, answer('PutPublicAccessBlock: S3', get().bucketApply.publicAccessBlock.outcome)];
      }
      get().setBucketForm({ versioning: pasted.status });
      await get().applyBucket('versioning');
      const lines = formChanges(before, get().bucketForm, ['versioning']);
      return [...lines, answer('PutBucketVersioning: S3', get().bucketApply.versioning.outcome)];
    };

    const apply = async (
      pasted: Exclude<Pasted, { kind: 'bucket-policy' }>,
      keyId: string | undefined,
    ): Promise<string[] | PasteProblem> => {
      switch (pasted.kind) {
        case 'key-policy': {
          if (!keyId)
            return {
              message: 'Choose the KMS key this key policy belongs to (create one in the KMS panel first).',
            };
          const outcome = await get().kmsCommand('kms:PutKeyPolicy', {
            KeyId: keyId,
            Policy: pasted.policyText,
          });
          return [
            `Key policy of ${keyId}: replaced with the pasted one.`,
            answer('PutKeyPolicy: KMS', outcome ?? undefined),
          ];
        }
        case 'request': {
          // The real bucket becomes the playground's, by the pasted policy's rule (request-bucket.ts).
          const { retargetRequest } = await import('../aws-paste/index.ts');
          const { setup, snapshot } = get();
          const { request, changes } = retargetRequest(pasted.request, {
            bucket: setup.bucket ?? DEFAULT_BUCKET,
            others: (setup.otherBuckets ?? []).map((b) => b.name),
            account: snapshot?.account ?? setup.account ?? DEFAULT_ACCOUNT,
          });
          const draft = draftFromInput(request, snapshot?.account ?? DEFAULT_ACCOUNT, get().draft.bodyText);
          set({ draft, draftError: null });
          return [
            `Request builder: ${request.operation} on ${request.bucket ?? draft.bucket}/${request.key ?? ''}.`,
            ...changes,
            ...pasted.notes,
          ];
        }
        default:
          return toBucket(pasted);
      }
    };

    return {
      pasteReport: null,
      clearPaste: () => set({ pasteReport: null }),
      applyPaste: async (text, keyId) => {
        // The parsers come with the first paste, not in the first load.
        const { parseAwsPaste } = await import('../aws-paste/index.ts');
        const parsed = parseAwsPaste(text);
        if (!parsed.ok) {
          set({ pasteReport: { summary: [], problem: parsed.error, text } });
          return;
        }
        if (parsed.value.kind === 'bucket-policy') {
          // Adopts its bucket, account and principals, and says what S3 would refuse (paste-policy.ts).
          const { pastePolicy } = await import('../paste-policy.ts');
          const { summary, refused } = await pastePolicy(get, parsed.value.policyText);
          set({ pasteReport: { summary, text, ...(refused ? { refused } : {}) } });
          return;
        }
        const result = await apply(parsed.value, keyId);
        const warnings =
          parsed.value.kind === 'bucket-encryption'
            ? defaultKeyWarnings(get())
            : parsed.value.kind === 'request' && Array.isArray(result)
              ? await pastedRequestWarnings(port, get().worldId, get().draft)
              : [];
        set({
          pasteReport: Array.isArray(result)
            ? { summary: result, text, ...(warnings.length > 0 ? { warnings } : {}) }
            : { summary: [], problem: result, text },
        });
      },
    };
  };
