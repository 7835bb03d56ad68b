/**
 * What the engine worker exposes over Comlink: the port's calls, with the two things a message
 * cannot carry replaced by plain data — an AbortSignal by a request number (`cancel(n)`), and
 * bytes handed back as transferred buffers rather than copies.
 */
import * as Comlink from 'comlink';
import { chunksOf, isObjectData } from '../engine/index.ts';
import type { EnginePort, SendProgress, Turn } from '../state/engine-port.ts';

/**
 * Buffers of the bytes in a value (a response body, one buffer or a large read's segments; sealed
 * or opened data), to transfer them.
 */
export function buffersOf(...values: unknown[]): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  for (const value of values) {
    if (!isObjectData(value)) continue;
    for (const chunk of chunksOf(value))
      if (chunk.buffer instanceof ArrayBuffer && chunk.byteLength > 0) found.add(chunk.buffer);
  }
  return [...found];
}

export function workerApi(host: EnginePort) {
  const running = new Map<number, AbortController>();
  /** Runs `work` with a signal that `cancel(requestNumber)` aborts. */
  const abortable = async <T>(requestNumber: number, work: (signal: AbortSignal) => Promise<T>) => {
    const controller = new AbortController();
    running.set(requestNumber, controller);
    try {
      return await work(controller.signal);
    } finally {
      running.delete(requestNumber);
    }
  };
  return {
    openWorld: host.openWorld,
    closeWorld: host.closeWorld,
    snapshot: host.snapshot,
    exportSetup: host.exportSetup,
    parsePolicy: host.parsePolicy,
    matrix(id: string, options: Parameters<EnginePort['matrix']>[1], requestNumber: number) {
      return abortable(requestNumber, (signal) => host.matrix(id, options, { signal }));
    },
    matrixCell: host.matrixCell,
    sendUnderPolicy: host.sendUnderPolicy,
    putPrincipal: host.putPrincipal,
    deletePrincipal: host.deletePrincipal,
    addSdkChecksum: host.addSdkChecksum,
    async send(
      id: string,
      request: Parameters<EnginePort['send']>[1],
      requestNumber: number,
      onProgress?: (progress: SendProgress) => void,
      bodyFile?: Blob,
      sdkChecksum?: boolean,
      turn?: Turn,
    ) {
      return abortable(requestNumber, async (signal) => {
        const sent = await host.send(id, request, {
          signal,
          ...(onProgress ? { onProgress } : {}),
          ...(bodyFile ? { bodyFile } : {}),
          ...(sdkChecksum ? { sdkChecksum } : {}),
          ...(turn ? { turn } : {}),
        });
        // The engine hands over fresh plaintext for a read, so its buffer can move, not be copied.
        return Comlink.transfer(
          sent,
          buffersOf(sent.kind === 'answered' ? sent.outcome.response.body : undefined),
        );
      });
    },
    async runScenarioStep(
      id: string,
      index: number,
      requestNumber: number,
      onProgress?: (progress: SendProgress) => void,
    ) {
      return abortable(requestNumber, async (signal) => {
        const ran = await host.runScenarioStep(id, index, { signal, ...(onProgress ? { onProgress } : {}) });
        const bodies = ran.kind === 'ran' ? ran.steps.map((step) => step.outcome?.response.body) : [];
        return Comlink.transfer(ran, buffersOf(...bodies));
      });
    },
    cancel(requestNumber: number) {
      running.get(requestNumber)?.abort();
    },
    async encryptClientSide(...args: Parameters<EnginePort['encryptClientSide']>) {
      const sealed = await host.encryptClientSide(...args);
      return Comlink.transfer(sealed, buffersOf(sealed.ok ? sealed.value.body : undefined));
    },
    async decryptClientSide(...args: Parameters<EnginePort['decryptClientSide']>) {
      const opened = await host.decryptClientSide(...args);
      return Comlink.transfer(opened, buffersOf(opened.ok ? opened.value : undefined));
    },
  };
}

export type WorkerApi = ReturnType<typeof workerApi>;
