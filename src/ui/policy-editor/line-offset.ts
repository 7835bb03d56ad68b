/**
 * Where line `line` (1-based, as Monaco counts) starts in `text`: the plain editor shown while
 * Monaco loads places its cursor by offset. Past the last line, the end of the text.
 */
export function lineStartOffset(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  return offset;
}
