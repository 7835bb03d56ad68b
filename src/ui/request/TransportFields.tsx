import type { SignatureKind } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { SIGNATURES, TLS_VERSIONS } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { focusRing, inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectSetup = (s: PlaygroundState) => s.setup;

/** How and by whom the request is sent: what `aws:SecureTransport`, `s3:TlsVersion`, `aws:SourceIp` see. */
export function TransportFields() {
  const draft = usePlayground(selectDraft);
  const setDraft = usePlayground(selectSetDraft);
  const setup = usePlayground(selectSetup);
  const principals = [
    `arn:aws:iam::${setup.account ?? '111122223333'}:root`,
    ...(setup.principals ?? []).map((p) => p.arn),
    // CloudFront reading the bucket: origin access control (a service principal) or a legacy OAI.
    'cloudfront.amazonaws.com',
    'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHEXAMPLE',
  ];
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <div className="flex items-end gap-2 pb-1">
        <input
          id="req-https"
          type="checkbox"
          className={`h-4 w-4 ${focusRing}`}
          checked={draft.https}
          onChange={(e) => setDraft({ https: e.target.checked })}
        />
        <label htmlFor="req-https" className="text-sm">
          HTTPS
        </label>
      </div>
      <Field label="TLS version" htmlFor="req-tls">
        <select
          id="req-tls"
          className={inputClass}
          value={draft.tlsVersion}
          disabled={!draft.https}
          onChange={(e) => setDraft({ tlsVersion: e.target.value })}
        >
          {TLS_VERSIONS.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </Field>
      <Field label="Signature" htmlFor="req-signature">
        <select
          id="req-signature"
          className={inputClass}
          value={draft.signature}
          onChange={(e) => setDraft({ signature: e.target.value as SignatureKind })}
        >
          {SIGNATURES.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </Field>
      <Field label="Source IP" htmlFor="req-ip">
        <input
          id="req-ip"
          className={inputClass}
          value={draft.sourceIp}
          onChange={(e) => setDraft({ sourceIp: e.target.value })}
        />
      </Field>
      <div className="col-span-2 sm:col-span-4">
        <Field label="Principal (ARN)" htmlFor="req-principal">
          <input
            id="req-principal"
            className={`${inputClass} font-mono`}
            value={draft.principal}
            list="req-principals"
            onChange={(e) => setDraft({ principal: e.target.value })}
          />
        </Field>
        <datalist id="req-principals">
          {principals.map((arn) => (
            <option key={arn} value={arn} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
