import { usePlayground } from '../../state/context.tsx';
import type { VpcEndpointDraft } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectDraftError = (s: PlaygroundState) => s.draftError;

const EMPTY: VpcEndpointDraft = { id: '', vpcId: '' };

/**
 * Whether the request comes through a gateway VPC endpoint for S3: what `aws:SourceVpce` and
 * `aws:SourceVpc` see. Through one, IAM has no `aws:SourceIp`; the source IP is `aws:VpcSourceIp`.
 */
export function VpcEndpointFields() {
  const draft = usePlayground(selectDraft);
  const setDraft = usePlayground(selectSetDraft);
  const draftError = usePlayground(selectDraftError);
  const endpoint = draft.vpcEndpoint ?? EMPTY;
  const through = endpoint.id.trim() !== '';
  const errorAt = (field: string) => (draftError?.field === field ? draftError.message : undefined);
  return (
    <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <legend className="sr-only">VPC endpoint</legend>
      <div className="col-span-1 sm:col-span-2">
        <Field label="VPC endpoint (aws:SourceVpce)" htmlFor="req-vpce" error={errorAt('vpce-id')}>
          <input
            id="req-vpce"
            className={`${inputClass} font-mono`}
            placeholder="none: from the internet"
            spellCheck={false}
            value={endpoint.id}
            aria-describedby="req-vpce-hint"
            onChange={(e) => setDraft({ vpcEndpoint: { ...endpoint, id: e.target.value } })}
          />
        </Field>
      </div>
      <div className="col-span-1 sm:col-span-2">
        <Field label="VPC id (aws:SourceVpc)" htmlFor="req-vpc" error={errorAt('vpce-vpc')}>
          <input
            id="req-vpc"
            className={`${inputClass} font-mono`}
            placeholder={through ? 'optional, e.g. vpc-111bbb22' : 'with an endpoint only'}
            spellCheck={false}
            disabled={!through}
            value={endpoint.vpcId}
            onChange={(e) => setDraft({ vpcEndpoint: { ...endpoint, vpcId: e.target.value } })}
          />
        </Field>
      </div>
      <p id="req-vpce-hint" className="col-span-2 text-xs text-slate-600 sm:col-span-4 dark:text-slate-400">
        {through
          ? 'Through a VPC endpoint: the request has no aws:SourceIp; the source IP is aws:VpcSourceIp.'
          : 'From the internet: the source IP is aws:SourceIp; aws:SourceVpce and aws:SourceVpc are absent.'}
      </p>
    </fieldset>
  );
}
