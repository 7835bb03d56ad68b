import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { isServicePrincipal } from '../../state/to-request.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;

const EMPTY = { sourceArn: '', sourceAccount: '' };

/**
 * What a service principal acts for, shown when the principal is one (e.g. CloudFront origin access
 * control as `cloudfront.amazonaws.com`): the `aws:SourceArn` and `aws:SourceAccount` that bucket
 * and key policies check.
 */
export function ServiceSourceFields() {
  const draft = usePlayground(selectDraft);
  const setDraft = usePlayground(selectSetDraft);
  if (!isServicePrincipal(draft.principal)) return null;
  const source = draft.serviceSource ?? EMPTY;
  return (
    <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <legend className="sr-only">What the service acts for</legend>
      <div className="col-span-2 sm:col-span-3">
        <Field label="aws:SourceArn" htmlFor="req-source-arn">
          <input
            id="req-source-arn"
            className={`${inputClass} font-mono`}
            placeholder="arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
            value={source.sourceArn}
            onChange={(e) => setDraft({ serviceSource: { ...source, sourceArn: e.target.value } })}
          />
        </Field>
      </div>
      <Field label="aws:SourceAccount" htmlFor="req-source-account">
        <input
          id="req-source-account"
          className={`${inputClass} font-mono`}
          inputMode="numeric"
          value={source.sourceAccount}
          onChange={(e) => setDraft({ serviceSource: { ...source, sourceAccount: e.target.value } })}
        />
      </Field>
    </fieldset>
  );
}
