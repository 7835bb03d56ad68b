/**
 * `aws s3 cp SRC DST` (AWS CLI s3 reference, `cp`): a local file to `s3://` is PutObject, `s3://` to
 * a local path is GetObject, `s3://` to `s3://` is CopyObject. `--sse` and `--sse-c` take an
 * optional value (AES256 when left out).
 */
import {
  err,
  fromBase64,
  md5Base64,
  ok,
  type RequestInput,
  type Result,
  toBase64,
} from '../../engine/index.ts';
import { GLOBAL_FLAGS, GLOBAL_VALUED } from './cli-options.ts';
import type { PastedRequest } from './s3api-command.ts';
import type { PasteProblem, Token } from './tokenize.ts';

const SSE_VALUES = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);
const problem = (message: string, token: Token): PasteProblem => ({
  message,
  at: { start: token.start, end: token.end },
});

function s3Url(text: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(text);
  return match ? { bucket: match[1] as string, key: match[2] as string } : undefined;
}

function rawKey(value: Token): Result<{ key: string; md5: string }, PasteProblem> {
  if (/^fileb?:\/\//.test(value.text)) {
    return err(problem('The key is in a file the playground cannot open: paste the key itself.', value));
  }
  const bytes = new TextEncoder().encode(value.text);
  const key = toBase64(bytes);
  return ok({ key, md5: md5Base64(fromBase64(key) ?? bytes) });
}

export function parseS3Cp(words: Token[]): Result<PastedRequest, PasteProblem> {
  const headers: Record<string, string> = {};
  const notes: string[] = [];
  const paths: Token[] = [];
  const extra: Partial<RequestInput> = {};
  let sseC = false;
  let sseCSource = false;
  for (let i = 3; i < words.length; i++) {
    const option = words[i] as Token;
    const flag = option.text;
    const next = words[i + 1];
    if (!flag.startsWith('--')) {
      paths.push(option);
      continue;
    }
    if (flag === '--sse') {
      const value = next && SSE_VALUES.has(next.text) ? next.text : 'AES256';
      if (next && SSE_VALUES.has(next.text)) i++;
      headers['x-amz-server-side-encryption'] = value;
    } else if (flag === '--sse-c' || flag === '--sse-c-copy-source') {
      if (next?.text === 'AES256') i++;
      if (flag === '--sse-c') sseC = true;
      else sseCSource = true;
    } else if (flag === '--bucket-key-enabled' || flag === '--no-bucket-key-enabled') {
      headers['x-amz-server-side-encryption-bucket-key-enabled'] = String(flag === '--bucket-key-enabled');
    } else if (flag === '--no-sign-request') extra.signature = 'anonymous';
    else if (GLOBAL_FLAGS.has(flag)) continue;
    else {
      if (!next) return err(problem(`${flag} needs a value.`, option));
      i++;
      if (flag === '--sse-kms-key-id') headers['x-amz-server-side-encryption-aws-kms-key-id'] = next.text;
      else if (flag === '--sse-c-key' || flag === '--sse-c-copy-source-key') {
        const key = rawKey(next);
        if (!key.ok) return key;
        const prefix =
          flag === '--sse-c-key'
            ? 'x-amz-server-side-encryption'
            : 'x-amz-copy-source-server-side-encryption';
        headers[`${prefix}-customer-key`] = key.value.key;
        headers[`${prefix}-customer-key-MD5`] = key.value.md5;
      } else if (flag === '--content-type') headers['content-type'] = next.text;
      else if (flag === '--metadata-directive') headers['x-amz-metadata-directive'] = next.text;
      else if (flag === '--metadata') {
        for (const pair of next.text.split(',')) {
          const eq = pair.indexOf('=');
          if (eq <= 0) return err(problem(`--metadata needs key=value pairs; "${pair}" has no "=".`, next));
          headers[`x-amz-meta-${pair.slice(0, eq)}`] = pair.slice(eq + 1);
        }
      } else if (flag === '--endpoint-url') extra.https = !next.text.toLowerCase().startsWith('http://');
      else if (!GLOBAL_VALUED.has(flag)) {
        return err(problem(`The playground does not know the option ${flag} of aws s3 cp.`, option));
      }
    }
  }
  if (sseC) headers['x-amz-server-side-encryption-customer-algorithm'] = 'AES256';
  if (sseCSource) headers['x-amz-copy-source-server-side-encryption-customer-algorithm'] = 'AES256';
  const [source, target, more] = paths;
  if (more)
    return err(problem(`Unexpected word "${more.text}": aws s3 cp takes a source and a target.`, more));
  if (!source || !target) return err({ message: 'aws s3 cp needs a source and a target.' });
  const from = s3Url(source.text);
  const to = s3Url(target.text);
  if (!from && !to) return err(problem('One side of aws s3 cp must be an s3://bucket/key address.', source));
  let request: RequestInput;
  if (from && to) {
    request = {
      operation: 'CopyObject',
      bucket: to.bucket,
      key: to.key,
      headers: { 'x-amz-copy-source': `${from.bucket}/${from.key}`, ...headers },
    };
  } else if (to) {
    request = { operation: 'PutObject', bucket: to.bucket, key: to.key, headers };
    notes.push(
      `The file ${source.text} stays on your disk: the builder keeps its own body text (or choose the file).`,
    );
  } else {
    const read = from as { bucket: string; key: string };
    request = { operation: 'GetObject', bucket: read.bucket, key: read.key, headers };
  }
  return ok({ request: { ...request, ...extra }, notes });
}
