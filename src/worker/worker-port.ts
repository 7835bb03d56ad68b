/**
 * The store's port over the engine worker (main thread side). The worker is a module worker from
 * a file of this build (`new URL(..., import.meta.url)`), so it loads from any folder and under
 * `worker-src 'self'`: no blob: or data: URL, no eval. A request's body is transferred to the
 * worker, not copied: the caller hands its bytes over and must not use them afterwards.
 */
import * as Comlink from 'comlink';
import { isObjectData } from '../engine/index.ts';
import { dataBlob } from '../state/data-blob.ts';
import type { EnginePort } from '../state/engine-port.ts';
import { buffersOf, type WorkerApi } from './worker-api.ts';

const WORKER_FAILED =
  "The engine worker could not start. Serve the playground over HTTP(S) (browsers do not run module workers from file://) and allow worker-src 'self'.";

/** Bytes past which a body the caller keeps goes to the worker as a Blob (see decryptClientSide). */
const BLOB_FROM = 1024 * 1024;

export function workerEngine(): EnginePort {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
  const remote = Comlink.wrap<WorkerApi>(worker);
  // A worker that fails to load would leave every call waiting: fail them instead.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(WORKER_FAILED));
    });
  });
  failed.catch(() => undefined);
  // Comlink's Remote<> splits union results into unions of promises; the worker runs the same host
  // that EnginePort types, so its answers are the port's.
  const call = (pending: PromiseLike<unknown>) => Promise.race([pending, failed]) as Promise<never>;
  let requests = 0;
  /** A call the signal can cancel: the worker is told the call's number to abort. */
  const abortable = async (
    signal: AbortSignal | undefined,
    start: (requestNumber: number) => PromiseLike<unknown>,
  ): Promise<never> => {
    const number = ++requests;
    const cancel = () => void remote.cancel(number);
    signal?.addEventListener('abort', cancel);
    try {
      const pending = start(number);
      if (signal?.aborted) cancel();
      return await call(pending);
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  };

  return {
    openWorld: (setup, options) => call(remote.openWorld(setup, options)),
    closeWorld: (id) => call(remote.closeWorld(id)),
    snapshot: (id) => call(remote.snapshot(id)),
    exportSetup: (id) => call(remote.exportSetup(id)),
    parsePolicy: (text, options) => call(remote.parsePolicy(text, options)),
    matrix: (id, options, run = {}) => abortable(run.signal, (number) => remote.matrix(id, options, number)),
    matrixCell: (id, options, spec) => call(remote.matrixCell(id, options, spec)),
    sendUnderPolicy: (id, policy, requests) => call(remote.sendUnderPolicy(id, policy, requests)),
    putPrincipal: (id, principal) => call(remote.putPrincipal(id, principal)),
    deletePrincipal: (id, arn) => call(remote.deletePrincipal(id, arn)),
    // The body goes over and back as a copy: a transfer would detach the bytes the caller keeps.
    addSdkChecksum: (request) => call(remote.addSdkChecksum(request)),
    send: (id, request, options = {}) =>
      abortable(options.signal, (number) => {
        const progress = options.onProgress ? Comlink.proxy(options.onProgress) : undefined;
        const moved = Comlink.transfer(request, buffersOf(request.body));
        // A file goes as its handle (structured clone shares a Blob, it does not copy it).
        return remote.send(id, moved, number, progress, options.bodyFile, options.sdkChecksum, options.turn);
      }),
    runScenarioStep: (id, index, options = {}) =>
      abortable(options.signal, (number) =>
        remote.runScenarioStep(
          id,
          index,
          number,
          options.onProgress ? Comlink.proxy(options.onProgress) : undefined,
        ),
      ),
    encryptClientSide: (id, input) =>
      call(remote.encryptClientSide(id, Comlink.transfer(input, buffersOf(input.plaintext)))),
    // The caller keeps the body it shows, so it cannot be transferred: a large one goes as a Blob,
    // which the worker reads. Structured clone copied 60 MiB in a 70 to 140 ms task; the Blob's
    // copy takes about 40 (Chromium 156, 2 cores).
    decryptClientSide: (id, input) =>
      call(
        remote.decryptClientSide(id, {
          ...input,
          body: isObjectData(input.body) && input.body.length > BLOB_FROM ? dataBlob(input.body) : input.body,
        }),
      ),
  };
}
