import type { SseAlgorithm } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { buttonClass, focusRing, inputClass } from '../common/PanelBoundary.tsx';
import { S3Answer } from '../common/S3Answer.tsx';
import { KmsKeySelect } from '../request/KmsKeySelect.tsx';
import { DefaultKeyWarning } from './DefaultKeyWarning.tsx';

const selectForm = (s: PlaygroundState) => s.bucketForm;
const selectSetForm = (s: PlaygroundState) => s.setBucketForm;
const selectApply = (s: PlaygroundState) => s.applyBucket;
const selectAnswer = (s: PlaygroundState) => s.bucketApply.encryption.outcome;

const ALGORITHMS: [SseAlgorithm, string][] = [
  ['AES256', 'SSE-S3 (AES256)'],
  ['aws:kms', 'SSE-KMS (aws:kms)'],
  ['aws:kms:dsse', 'DSSE-KMS (aws:kms:dsse)'],
];

/** Default encryption, bucket key and the SSE-C block: one PutBucketEncryption. */
export function DefaultEncryptionFields() {
  const form = usePlayground(selectForm);
  const setForm = usePlayground(selectSetForm);
  const apply = usePlayground(selectApply);
  const answer = usePlayground(selectAnswer);
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Default encryption</legend>
      <Field label="Default encryption" htmlFor="bucket-algorithm">
        <select
          id="bucket-algorithm"
          className={inputClass}
          value={form.algorithm}
          onChange={(e) => setForm({ algorithm: e.target.value as SseAlgorithm })}
        >
          {ALGORITHMS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {/* Disabled rather than hidden under SSE-S3, like the bucket key: Apply stays where it was. */}
      <KmsKeySelect
        id="bucket-kms-key"
        label="Default KMS key"
        value={form.kmsKeyId}
        disabled={form.algorithm === 'AES256'}
        onChange={(kmsKeyId) => setForm({ kmsKeyId })}
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className={focusRing}
          checked={form.bucketKey}
          disabled={form.algorithm !== 'aws:kms'}
          onChange={(e) => setForm({ bucketKey: e.target.checked })}
        />
        Bucket key (SSE-KMS only)
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className={focusRing}
          checked={form.sseCBlocked}
          onChange={(e) => setForm({ sseCBlocked: e.target.checked })}
        />
        Block SSE-C writes
      </label>
      <div>
        <button type="button" className={buttonClass} onClick={() => void apply('encryption')}>
          Apply encryption
        </button>
      </div>
      <S3Answer outcome={answer} label="PutBucketEncryption" />
      <DefaultKeyWarning />
    </fieldset>
  );
}
