import { Chip } from '../common/Chip.tsx';
import type { StepViewProps } from './types.ts';

/** HTTPS, TLS version and signature, and whether SSE-C or KMS made them mandatory. */
export function TransportStepView({ step }: StepViewProps<'transport'>) {
  if (!step.data) return null;
  const { https, kms, sseC, tlsVersion, signature } = step.data;
  const needsHttps = Boolean(kms) || sseC;
  return (
    <div className="flex flex-wrap gap-1">
      <Chip tone={https ? 'good' : needsHttps ? 'bad' : 'warn'}>{https ? 'HTTPS' : 'plain HTTP'}</Chip>
      {tlsVersion ? <Chip>TLS {tlsVersion}</Chip> : null}
      <Chip>{signature}</Chip>
      {sseC ? <Chip tone="warn">SSE-C key in the request: HTTPS required</Chip> : null}
      {kms ? <Chip tone="warn">{kms}</Chip> : null}
    </div>
  );
}
