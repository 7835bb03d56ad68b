/**
 * Object bytes as a Blob, copied once: a Blob is stored in IndexedDB and posted to the worker by
 * reference, where bytes were copied again by each structured clone on the page's thread.
 */
import { chunksOf, type ObjectData } from '../engine/index.ts';

export const dataBlob = (data: ObjectData | Blob): Blob =>
  data instanceof Blob ? data : new Blob(chunksOf(data) as Uint8Array<ArrayBuffer>[]);
