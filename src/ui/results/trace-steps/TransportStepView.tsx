import { Chip } from '../common/Chip.tsx';
import { asBoolean, asString } from '../format/json-data.ts';
import type { StepViewProps } from './types.ts';

/** HTTPS, TLS version and signature, and whether SSE-C or KMS made them mandatory. */
export function TransportStepView({ step }: StepViewProps) {
  const data = step.data ?? {};
  const https = asBoolean(data.https);
  const kms = asString(data.kms);
  const sseC = asBoolean(data.sseC);
  const needsHttps = Boolean(kms) || sseC === true;
  return (
    <div className="flex flex-wrap gap-1">
      {https !== undefined ? (
        <Chip tone={https ? 'good' : needsHttps ? 'bad' : 'warn'}>{https ? 'HTTPS' : 'plain HTTP'}</Chip>
      ) : null}
      {asString(data.tlsVersion) ? <Chip>TLS {asString(data.tlsVersion)}</Chip> : null}
      {asString(data.signature) ? <Chip>{asString(data.signature)}</Chip> : null}
      {sseC ? <Chip tone="warn">SSE-C key in the request: HTTPS required</Chip> : null}
      {kms ? <Chip tone="warn">{kms}</Chip> : null}
    </div>
  );
}
