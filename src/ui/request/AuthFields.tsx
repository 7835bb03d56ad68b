import type { AuthType } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { type AuthDraft, DEFAULT_AUTH } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectDraftError = (s: PlaygroundState) => s.draftError;

const LABELS: Record<AuthType, string> = {
  'REST-HEADER': 'Authorization header',
  'REST-QUERY-STRING': 'Presigned URL (query string)',
  POST: 'Browser POST form',
};

/** A POST policy to start from: the bucket and a key prefix, valid for a day of simulated time. */
const SAMPLE_POST_POLICY = JSON.stringify(
  {
    expiration: '2030-01-01T00:00:00Z',
    conditions: [
      { bucket: 'test-bucket' },
      ['starts-with', '$key', ''],
      ['content-length-range', 0, 10485760],
    ],
  },
  null,
  2,
);

/**
 * How a signed request is authenticated: what `s3:authType` and `s3:signatureAge` see, a
 * presigned URL's expiry, a browser POST's policy. Hidden for an anonymous request, which has none.
 */
export function AuthFields() {
  const draft = usePlayground(selectDraft);
  const setDraft = usePlayground(selectSetDraft);
  const draftError = usePlayground(selectDraftError);
  if (draft.signature === 'anonymous') return null;
  const auth = draft.auth ?? DEFAULT_AUTH;
  const update = (patch: Partial<AuthDraft>) => setDraft({ auth: { ...auth, ...patch } });
  const errorAt = (field: string) => (draftError?.field === field ? draftError.message : undefined);
  return (
    <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <legend className="sr-only">Authentication</legend>
      <div className="col-span-2">
        <Field label="Signed in" htmlFor="req-auth-type">
          <select
            id="req-auth-type"
            className={inputClass}
            value={auth.type}
            onChange={(e) => {
              const type = e.target.value as AuthType;
              update({
                type,
                ...(type === 'POST' && auth.postPolicyText.trim() === ''
                  ? { postPolicyText: SAMPLE_POST_POLICY }
                  : {}),
              });
            }}
          >
            {(Object.keys(LABELS) as AuthType[]).map((type) => (
              <option key={type} value={type}>
                {LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {auth.type === 'REST-QUERY-STRING' ? (
        <Field label="X-Amz-Expires (s)" htmlFor="req-auth-expires" error={errorAt('auth-expires')}>
          <input
            id="req-auth-expires"
            inputMode="numeric"
            className={inputClass}
            value={auth.expiresSeconds}
            aria-describedby={errorAt('auth-expires') ? 'req-auth-expires-error' : undefined}
            onChange={(e) => update({ expiresSeconds: e.target.value })}
          />
        </Field>
      ) : null}
      <Field label="Signed seconds ago" htmlFor="req-auth-age" error={errorAt('auth-age')}>
        <input
          id="req-auth-age"
          inputMode="numeric"
          className={inputClass}
          value={auth.signedSecondsAgo}
          aria-describedby={errorAt('auth-age') ? 'req-auth-age-error' : undefined}
          onChange={(e) => update({ signedSecondsAgo: e.target.value })}
        />
      </Field>
      {auth.type === 'POST' ? (
        <div className="col-span-2 sm:col-span-4">
          <Field
            label="POST policy (JSON); headers are the form fields"
            htmlFor="req-auth-post"
            error={errorAt('auth-post')}
          >
            <textarea
              id="req-auth-post"
              rows={6}
              maxLength={20_000}
              spellCheck={false}
              className={`${inputClass} font-mono text-xs`}
              value={auth.postPolicyText}
              aria-describedby={errorAt('auth-post') ? 'req-auth-post-error' : undefined}
              onChange={(e) => update({ postPolicyText: e.target.value })}
            />
          </Field>
        </div>
      ) : null}
    </fieldset>
  );
}
