/**
 * The share-link codec (fflate and SHA-256, about 7 KiB gzip) is loaded on demand, out of the first
 * load (issue 10: at most 150 KiB before Monaco): first thing at start when the address holds a
 * `#s=` link (start.ts), else right after start (persistence.ts), and before a link is made or a
 * pasted one opened. Code that reads or makes links synchronously runs only after one of those.
 */
type Codec = typeof import('./share-codec.ts');

let loaded: Codec | undefined;
let loading: Promise<Codec> | undefined;

export function loadCodec(): Promise<Codec> {
  loading ??= import('./share-codec.ts').then(
    (codec) => {
      loaded = codec;
      return codec;
    },
    (error: unknown) => {
      // The chunk did not arrive (the host went away): the next ask tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The codec if it has loaded (persistence.ts skips the address while it has not). */
export const codecIfLoaded = (): Codec | undefined => loaded;

/** The codec, where the caller loaded it first: reading a link before that is a bug. */
export function loadedCodec(): Codec {
  if (!loaded) throw new Error('the share-link codec is used before loadCodec() finished');
  return loaded;
}

/** Whether an address holds a `#s=` share link (the start then loads the codec first). */
export const holdsShareLink = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).has('s');
