/**
 * Vitest set-up: the share-link codec loaded, as the page has it once started (codec-loader.ts).
 * The order the page keeps (load, then read or make a link) is covered by start.test.ts and e2e.
 */
import { loadCodec } from '../codec-loader.ts';

await loadCodec();
