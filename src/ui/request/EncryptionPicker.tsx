import { operationInfo } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import {
  ENCRYPTION_CHOICES,
  type EncryptionChoice,
  encryptionFromHeaders,
  H,
} from '../../state/encryption-choice.ts';
import { sseHeaderRefusedBy } from '../../state/header-hints.ts';
import { headerValue, withHeader } from '../../state/request-draft.ts';
import { generateSseCKey } from '../../state/sse-c-key.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { buttonClass, inputClass } from '../common/PanelBoundary.tsx';
import { ClientSideOptions } from './ClientSideOptions.tsx';
import { KmsKeySelect } from './KmsKeySelect.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetEncryption = (s: PlaygroundState) => s.setEncryption;
const selectSetHeaders = (s: PlaygroundState) => s.setHeaders;

/** The encryption mode as headers: the picker is derived from the headers, so hand edits move it. */
export function EncryptionPicker() {
  const draft = usePlayground(selectDraft);
  const setEncryption = usePlayground(selectSetEncryption);
  const setHeaders = usePlayground(selectSetHeaders);
  const choice = encryptionFromHeaders(draft.headers, draft.clientSide.enabled);
  const set = (name: string, value: string | undefined) => setHeaders(withHeader(draft.headers, name, value));
  const refused = sseHeaderRefusedBy(draft.operation, draft.headers);
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Field label="Encryption" htmlFor="req-encryption">
          <select
            id="req-encryption"
            className={inputClass}
            value={choice}
            onChange={(e) => setEncryption(e.target.value as EncryptionChoice)}
          >
            {ENCRYPTION_CHOICES.map((c) => (
              // The option names are a contract with outside tests: exactly these, for every operation.
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
        {choice === 'SSE-KMS' || choice === 'DSSE-KMS' ? (
          <KmsKeySelect
            id="req-kms-key"
            label="KMS key"
            value={headerValue(draft.headers, H.kmsKeyId) ?? ''}
            onChange={(value) => set(H.kmsKeyId, value === '' ? undefined : value)}
          />
        ) : null}
        {choice === 'SSE-KMS' ? (
          <Field label="Bucket key" htmlFor="req-bucket-key">
            <select
              id="req-bucket-key"
              className={inputClass}
              value={headerValue(draft.headers, H.bucketKey) ?? ''}
              onChange={(e) => set(H.bucketKey, e.target.value === '' ? undefined : e.target.value)}
            >
              <option value="">Bucket setting (header not sent)</option>
              <option value="true">true</option>
              <option value="false">false</option>
            </select>
          </Field>
        ) : null}
        {choice === 'SSE-C' ? (
          <div className="flex items-end">
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                const { key, md5 } = generateSseCKey();
                setHeaders(withHeader(withHeader(draft.headers, H.customerKey, key), H.customerKeyMd5, md5));
              }}
            >
              Generate key
            </button>
          </div>
        ) : null}
      </div>
      {refused !== undefined ? (
        <p className="flex flex-wrap items-center gap-2 text-xs text-amber-800 dark:text-amber-300">
          <span>
            {draft.operation} does not take {refused}: S3 answers 400.{' '}
            {operationInfo(draft.operation).requiredQuery.includes('uploadId')
              ? 'The upload keeps the encryption CreateMultipartUpload chose.'
              : 'S3 knows how the object is encrypted; only SSE-C needs its key again.'}
          </span>
          <button
            type="button"
            className={`${buttonClass} text-slate-900 dark:text-slate-100`}
            onClick={() => setEncryption('Bucket default')}
          >
            Remove the encryption headers
          </button>
        </p>
      ) : null}
      {choice === 'SSE-C' ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The key and its MD5 are in the headers below. S3 never stores the key, and this page keeps it out of
          saved work and links unless you tick "Include keys".
        </p>
      ) : null}
      {choice === 'Client-side' ? <ClientSideOptions /> : null}
    </div>
  );
}
