import { usePlayground } from '../../state/context.tsx';
import { generateSseCKey } from '../../state/sse-c-key.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { buttonClass, focusRing, inputClass } from '../common/PanelBoundary.tsx';
import { KmsKeySelect } from './KmsKeySelect.tsx';

const selectClientSide = (s: PlaygroundState) => s.draft.clientSide;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectHasCustomerKey = (s: PlaygroundState) =>
  s.snapshot?.kmsKeys.some((k) => k.manager === 'CUSTOMER') ?? false;

/**
 * Client-side encryption (S3 Encryption Client v2 format): the browser encrypts the body before
 * PutObject and decrypts it after GetObject; S3 only sees ciphertext and envelope metadata.
 */
export function ClientSideOptions() {
  const clientSide = usePlayground(selectClientSide);
  const setDraft = usePlayground(selectSetDraft);
  const hasCustomerKey = usePlayground(selectHasCustomerKey);
  const update = (patch: Partial<typeof clientSide>) => setDraft({ clientSide: { ...clientSide, ...patch } });
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-medium">Client-side wrapping key</legend>
      <div className="flex gap-4 text-sm">
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="cs-wrapping"
            className={focusRing}
            checked={clientSide.wrapping === 'kms'}
            onChange={() => update({ wrapping: 'kms' })}
          />
          KMS key (kms+context)
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="cs-wrapping"
            className={focusRing}
            checked={clientSide.wrapping === 'aes'}
            onChange={() => update({ wrapping: 'aes' })}
          />
          Raw AES key (AES/GCM)
        </label>
      </div>
      {clientSide.wrapping === 'kms' ? (
        <>
          <KmsKeySelect
            id="cs-kms-key"
            label="Wrapping KMS key"
            value={clientSide.kmsKeyId}
            onChange={(kmsKeyId) => update({ kmsKeyId })}
            emptyLabel={hasCustomerKey ? 'Choose a key…' : 'No customer managed key yet'}
          />
          {clientSide.kmsKeyId === '' ? (
            <p className="text-xs text-amber-800 dark:text-amber-300">
              {hasCustomerKey
                ? 'Choose the key that wraps the content key.'
                : 'Create a key in the KMS panel first.'}{' '}
              The AWS managed key aws/s3 works only through S3, so a client cannot wrap with it.
            </p>
          ) : null}
        </>
      ) : (
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <Field label="AES wrapping key (base64)" htmlFor="cs-aes-key">
              <input
                id="cs-aes-key"
                className={`${inputClass} font-mono`}
                value={clientSide.aesKey}
                onChange={(e) => update({ aesKey: e.target.value })}
              />
            </Field>
          </div>
          <button
            type="button"
            className={buttonClass}
            onClick={() => update({ aesKey: generateSseCKey().key })}
          >
            Generate key
          </button>
        </div>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        PutObject sends ciphertext with the x-amz-meta-x-amz-key-v2 envelope; GetObject's body is decrypted
        here and shown under the response.
      </p>
    </fieldset>
  );
}
