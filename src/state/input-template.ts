/**
 * The builder's starting input for an operation, as text: the engine's `inputTemplate` with a
 * customer managed key of the bucket owner's account taken from the world, when there is one.
 */
import { inputTemplate, type Operation } from '../engine/index.ts';
import type { WorldSnapshot } from './engine-port.ts';
import { DEFAULT_ACCOUNT } from './request-draft.ts';

export function inputTemplateText(operation: Operation, snapshot: WorldSnapshot | null): string | undefined {
  const account = snapshot?.account ?? DEFAULT_ACCOUNT;
  const region = snapshot?.region ?? 'us-east-1';
  const key = snapshot?.kmsKeys.find(
    (k) =>
      k.manager === 'CUSTOMER' &&
      k.state === 'Enabled' &&
      k.region === region &&
      k.arn.split(':')[4] === account,
  );
  const template = inputTemplate(operation, { account, region, ...(key ? { customerKeyArn: key.arn } : {}) });
  return template === undefined ? undefined : JSON.stringify(template, null, 2);
}
