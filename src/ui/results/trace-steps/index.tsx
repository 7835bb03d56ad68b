/**
 * One view per pipeline stage, joined here. The switch narrows the step by its stage, so each view
 * gets its stage's typed data. Views render the step's data; they never decide anything.
 */
import type { TraceStep } from '../../../engine/index.ts';
import { AuthorizationStepView } from './AuthorizationStepView.tsx';
import { BlockedEncryptionStepView } from './BlockedEncryptionStepView.tsx';
import { BucketStepView } from './BucketStepView.tsx';
import { CryptoStepView } from './CryptoStepView.tsx';
import { EncryptionChoiceStepView } from './EncryptionChoiceStepView.tsx';
import { HeadersStepView } from './HeadersStepView.tsx';
import { KmsStepView } from './KmsStepView.tsx';
import { ResponseStepView } from './ResponseStepView.tsx';
import { RouteStepView } from './RouteStepView.tsx';
import { TransportStepView } from './TransportStepView.tsx';

export function StepView({ step, trace }: { step: TraceStep; trace: readonly TraceStep[] }) {
  switch (step.stage) {
    case 'route':
      return <RouteStepView step={step} trace={trace} />;
    case 'headers':
      return <HeadersStepView step={step} trace={trace} />;
    case 'transport':
      return <TransportStepView step={step} trace={trace} />;
    case 'authorization':
      return <AuthorizationStepView step={step} trace={trace} />;
    case 'blocked-encryption':
      return <BlockedEncryptionStepView step={step} trace={trace} />;
    case 'encryption-choice':
      return <EncryptionChoiceStepView step={step} trace={trace} />;
    case 'kms':
      return <KmsStepView step={step} trace={trace} />;
    case 'crypto':
      return <CryptoStepView step={step} trace={trace} />;
    case 'bucket':
      return <BucketStepView step={step} trace={trace} />;
    case 'response':
      return <ResponseStepView step={step} trace={trace} />;
  }
}

export type { StepViewProps } from './types.ts';
