import { Chip } from '../common/Chip.tsx';
import type { StepViewProps } from './types.ts';

/** HTTPS, TLS version and signature, and whether SSE-C or KMS made them mandatory. */
export function TransportStepView({ step }: StepViewProps<'transport'>) {
  if (!step.data) return null;
  const { https, kms, sseC, tlsVersion, signature, expiresSeconds, signatureAgeMs, vpcEndpoint } = step.data;
  const needsHttps = Boolean(kms) || sseC === true;
  return (
    <div className="flex flex-wrap gap-1">
      {https !== undefined ? (
        <Chip tone={https ? 'good' : needsHttps ? 'bad' : 'warn'}>{https ? 'HTTPS' : 'plain HTTP'}</Chip>
      ) : null}
      {tlsVersion ? <Chip>TLS {tlsVersion}</Chip> : null}
      {signature ? <Chip>{signature}</Chip> : null}
      {vpcEndpoint ? (
        <Chip>
          through {vpcEndpoint.id}
          {vpcEndpoint.vpcId ? ` in ${vpcEndpoint.vpcId}` : ''}
        </Chip>
      ) : null}
      {expiresSeconds !== undefined ? <Chip>expires after {expiresSeconds} s</Chip> : null}
      {signatureAgeMs !== undefined ? <Chip>signed {Math.round(signatureAgeMs / 1000)} s before</Chip> : null}
      {sseC ? <Chip tone="warn">SSE-C key in the request: HTTPS required</Chip> : null}
      {kms ? <Chip tone="warn">{kms}</Chip> : null}
    </div>
  );
}
