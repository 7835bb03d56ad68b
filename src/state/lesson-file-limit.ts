/** Lessons are small; a bigger file is refused before it is read. */
export const MAX_LESSON_FILE_BYTES = 5 * 1024 * 1024;

export function tooBig(name: string, size: number): string | undefined {
  if (size <= MAX_LESSON_FILE_BYTES) return undefined;
  return `“${name}” is ${Math.ceil(size / 1024 / 1024)} MiB; a lesson file is at most 5 MiB.`;
}
