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
        <SecondsField
          id="req-auth-expires"
          label="X-Amz-Expires (s)"
          value={auth.expiresSeconds}
          error={errorAt('auth-expires')}
          onChange={(value) => update({ expiresSeconds: value })}
        />
      ) : null}
      <SecondsField
        id="req-auth-age"
        label="Signed seconds ago"
        value={auth.signedSecondsAgo}
        error={errorAt('auth-age')}
        onChange={(value) => update({ signedSecondsAgo: value })}
      />
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

/** A number of seconds as typed; the draft keeps the text, `to-request` reads it. */
function SecondsField(props: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} htmlFor={props.id} error={props.error}>
      <input
        id={props.id}
        inputMode="numeric"
        className={inputClass}
        value={props.value}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}
