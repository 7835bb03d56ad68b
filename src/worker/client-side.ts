/**
 * Client-side encryption (S3 Encryption Client v2) on the engine's side of the port. The client
 * calls KMS itself, not through S3, so a KMS wrapping key is the world's KMS, called as the
 * request's principal from its address; its calls land in the world's audit log.
 */
import {
  type ClientWrapping,
  decryptClientSide,
  encryptClientSide,
  err,
  ok,
  type Result,
} from '../engine/index.ts';
import type {
  ClientSideCaller,
  ClientSideProblem,
  ClientSideWrapping,
  EnginePort,
  WorldId,
} from '../state/engine-port.ts';
import { type HostedWorld, inTurn } from './host.ts';

type InWorld = <T, C>(
  id: WorldId,
  closed: C,
  work: (hosted: HostedWorld) => Promise<T> | T,
) => Promise<T | C>;

const CLOSED: { ok: false; error: ClientSideProblem } = {
  ok: false,
  error: { code: 'WorldClosed', message: 'The world was replaced before the request ran.' },
};

/** The engine's wrapping for the port's: a KMS key named by id, ARN or alias must exist. */
function engineWrapping(
  { world }: HostedWorld,
  wrapping: ClientSideWrapping,
  caller: ClientSideCaller,
): Result<ClientWrapping, ClientSideProblem> {
  if (wrapping.kind === 'aes') return ok(wrapping);
  const keyArn = wrapping.keyId.trim() === '' ? undefined : world.keyArn(wrapping.keyId.trim());
  if (!keyArn)
    return err({ code: 'WrappingKey', message: 'Choose a KMS key that exists to wrap the content key.' });
  return ok({
    kind: 'kms',
    keyArn,
    kms: world.kms,
    principalArn: caller.principal,
    sourceIp: caller.sourceIp,
  });
}

export function clientSideCalls(
  inWorld: InWorld,
): Pick<EnginePort, 'encryptClientSide' | 'decryptClientSide'> {
  return {
    encryptClientSide: (id, input) =>
      inWorld(id, CLOSED, async (hosted) => {
        const wrapping = engineWrapping(hosted, input.wrapping, input);
        if (!wrapping.ok) return wrapping;
        const sealed = await inTurn(hosted, input.turn, () =>
          encryptClientSide({ plaintext: input.plaintext, wrapping: wrapping.value, deps: hosted.deps }),
        );
        return sealed.ok ? ok({ body: sealed.value.body, metadata: { ...sealed.value.metadata } }) : sealed;
      }),
    decryptClientSide: (id, input) =>
      inWorld(id, CLOSED, async (hosted) => {
        const wrapping = engineWrapping(hosted, input.wrapping, input);
        if (!wrapping.ok) return wrapping;
        const body = input.body instanceof Blob ? new Uint8Array(await input.body.arrayBuffer()) : input.body;
        return inTurn(hosted, input.turn, () =>
          decryptClientSide({ body, metadata: input.metadata, wrapping: wrapping.value }),
        );
      }),
  };
}
