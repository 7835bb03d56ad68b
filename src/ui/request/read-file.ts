/** Reads a file from disk with FileReader so a large one reports progress; failures are values. */
import type { Result } from '../../engine/index.ts';

export function readFileBytes(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<Result<Uint8Array<ArrayBuffer>, string>> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () =>
      resolve({
        ok: false,
        error: `The file could not be read: ${reader.error?.message ?? 'unknown error'}`,
      });
    reader.onload = () => {
      const result = reader.result;
      resolve(
        result instanceof ArrayBuffer
          ? { ok: true, value: new Uint8Array(result) }
          : { ok: false, error: 'The file could not be read as bytes.' },
      );
    };
    reader.readAsArrayBuffer(file);
  });
}
