/**
 * One view per pipeline stage, joined here; a stage without its own view gets the generic
 * key/value list. Views render the step's data; they never decide anything.
 */
import type { ComponentType } from 'react';
import type { TraceStage } from '../../../engine/index.ts';
import { AuthorizationStepView } from './AuthorizationStepView.tsx';
import { BlockedEncryptionStepView } from './BlockedEncryptionStepView.tsx';
import { CryptoStepView } from './CryptoStepView.tsx';
import { EncryptionChoiceStepView } from './EncryptionChoiceStepView.tsx';
import { GenericStepView } from './GenericStepView.tsx';
import { HeadersStepView } from './HeadersStepView.tsx';
import { KmsStepView } from './KmsStepView.tsx';
import { ResponseStepView } from './ResponseStepView.tsx';
import { RouteStepView } from './RouteStepView.tsx';
import { TransportStepView } from './TransportStepView.tsx';
import type { StepViewProps } from './types.ts';

const STEP_VIEWS: Partial<Record<TraceStage, ComponentType<StepViewProps>>> = {
  route: RouteStepView,
  headers: HeadersStepView,
  transport: TransportStepView,
  authorization: AuthorizationStepView,
  'blocked-encryption': BlockedEncryptionStepView,
  'encryption-choice': EncryptionChoiceStepView,
  kms: KmsStepView,
  crypto: CryptoStepView,
  response: ResponseStepView,
};

export function stepViewFor(stage: TraceStage): ComponentType<StepViewProps> {
  return STEP_VIEWS[stage] ?? GenericStepView;
}

export type { StepViewProps } from './types.ts';
