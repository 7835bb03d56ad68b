/** The engine's Web Worker: every world lives here, off the page's main thread. */
import * as Comlink from 'comlink';
import { createEngineHost } from './host.ts';
import { workerApi } from './worker-api.ts';

Comlink.expose(workerApi(createEngineHost()));
