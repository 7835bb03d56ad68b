/** POSIX shell quoting: plain words stay bare, anything else goes in single quotes. */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_./:=,@%+-]+$/.test(text)) return text;
  return `'${text.replaceAll("'", "'\\''")}'`;
}
