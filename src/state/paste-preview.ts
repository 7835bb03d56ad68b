/**
 * A pasted command is not sent: it waits in the builder. What S3 would answer to it now is asked
 * of the engine, on a copy of the world (nothing is stored, no turn is taken), and a refusal is
 * said with the paste. A KMS key the playground lacks (`--ssekms-key-id alias/reports`: 400
 * KMS.NotFoundException) or an `--expected-bucket-owner` that is not the playground's account (403)
 * then shows at once, not at Send; no rule of S3's is kept here.
 */
import { wentThrough } from '../engine/index.ts';
import type { EnginePort, WorldId } from './engine-port.ts';
import type { RequestDraft } from './request-draft.ts';
import { draftToRequest } from './to-request.ts';

export async function pastedRequestWarnings(
  port: Pick<EnginePort, 'sendUnderPolicy'>,
  worldId: WorldId | null,
  draft: RequestDraft,
): Promise<string[]> {
  // A draft that cannot go out is named at its field in the builder.
  const built = draftToRequest(draft);
  if (worldId === null || !built.ok) return [];
  const answered = await port.sendUnderPolicy(worldId, undefined, [built.value]);
  const outcome = answered?.ok ? answered.value[0] : undefined;
  if (!outcome || wentThrough(outcome.response.status)) return [];
  const { status, error } = outcome.response;
  const failed = outcome.trace.find((step) => step.outcome === 'fail');
  // S3's message once: the step's sentence often quotes it already (KMS's answer, say).
  const message = error?.message && !failed?.detail.includes(error.message) ? `: ${error.message}` : '.';
  return [
    `Sent as it is, S3 here answers ${status} ${error?.code ?? ''}${message}`,
    ...(failed ? [failed.detail] : []),
  ];
}
