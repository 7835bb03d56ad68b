/** The real engine behind the store's port. */
import {
  type ClientWrapping,
  createWorld,
  decryptClientSide,
  type EngineDeps,
  encryptClientSide,
  parsePolicy,
  runMatrix,
  runMatrixCell,
  sendUnderPolicy,
  systemDeps,
} from '../engine/index.ts';
import type { ClientSideWrapping, EnginePort, World } from './engine-port.ts';

/** A KMS wrapping key uses the world's KMS: the S3 Encryption Client calls KMS itself, not through S3. */
function engineWrapping(
  world: World,
  wrapping: ClientSideWrapping,
  principalArn: string,
  sourceIp: string,
): ClientWrapping {
  if (wrapping.kind === 'aes') return wrapping;
  return { kind: 'kms', keyArn: wrapping.keyArn, kms: world.kms, principalArn, sourceIp };
}

const deps: EngineDeps = systemDeps();

export const realEngine: EnginePort = {
  createWorld,
  parsePolicy,
  runMatrix,
  runMatrixCell,
  sendUnderPolicy,
  encryptClientSide: async (world, input) => {
    const wrapping = engineWrapping(world, input.wrapping, input.principal, input.sourceIp);
    const sealed = await encryptClientSide({ plaintext: input.plaintext, wrapping, deps });
    return sealed.ok
      ? { ok: true, value: { body: sealed.value.body, metadata: { ...sealed.value.metadata } } }
      : sealed;
  },
  decryptClientSide: async (world, input) => {
    const wrapping = engineWrapping(world, input.wrapping, input.principal, input.sourceIp);
    return decryptClientSide({ body: input.body, metadata: input.metadata, wrapping });
  },
};
