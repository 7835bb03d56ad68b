/**
 * "Paste from AWS CLI": JSON that the AWS CLI printed, or an `aws s3api` / `aws s3 cp` command.
 * Every problem points at the token it is about.
 */
import { err, type Result } from '../../engine/index.ts';
import { readCliPrinted } from './cli-printed.ts';
import { type PastedOutput, parseCliOutput } from './json-output.ts';
import { retargetRequest } from './request-bucket.ts';
import { parseS3Cp } from './s3-cp.ts';
import { type PastedRequest, parseS3api } from './s3api-command.ts';
import { type PasteProblem, tokenize } from './tokenize.ts';

export type { PastedOutput, PastedRequest, PasteProblem };
export { retargetRequest };
export type Pasted = PastedOutput | ({ kind: 'request' } & PastedRequest);

/** Longer than any policy (20 KB) or command S3 takes: refused before any work. */
export const MAX_PASTE_CHARS = 64 * 1024;

export function parseAwsPaste(text: string): Result<Pasted, PasteProblem> {
  if (text.length > MAX_PASTE_CHARS) {
    return err({ message: `The pasted text is ${text.length} characters; the limit is ${MAX_PASTE_CHARS}.` });
  }
  const trimmed = text.trim();
  if (trimmed === '')
    return err({
      message: 'Paste the output of an AWS CLI get- command, or an aws s3api or aws s3 cp command.',
    });
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const position = /position (\d+)/.exec(String(error))?.[1];
      const offset = text.indexOf(trimmed) + (position ? Number(position) : 0);
      return err({
        message: `This is not valid JSON: ${(error as Error).message}`,
        at: { start: offset, end: offset + 1 },
      });
    }
    return parseCliOutput(value);
  }
  // The CLI's error line, or --output text / yaml: said what it is, not "not a command".
  const printed = readCliPrinted(text);
  if (printed) return err(printed);
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  const { words, comments } = tokens.value;
  const [aws, service, command] = words;
  if (aws?.text !== 'aws') {
    const first = words[0];
    return err({
      message: 'A command starts with "aws" (aws s3api ... or aws s3 cp ...).',
      ...(first ? { at: { start: first.start, end: first.end } } : {}),
    });
  }
  if (service?.text === 's3api') {
    const parsed = parseS3api(words, comments);
    return parsed.ok ? { ok: true, value: { kind: 'request', ...parsed.value } } : parsed;
  }
  if (service?.text === 's3' && command?.text === 'cp') {
    const parsed = parseS3Cp(words);
    return parsed.ok ? { ok: true, value: { kind: 'request', ...parsed.value } } : parsed;
  }
  const at = command && service?.text === 's3' ? command : service;
  return err({
    message: 'The playground takes aws s3api commands and aws s3 cp.',
    ...(at ? { at: { start: at.start, end: at.end } } : {}),
  });
}
