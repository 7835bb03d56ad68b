/**
 * `aws s3api <operation> ...` as the request it sends. The inverse of "Copy as AWS CLI"
 * (ui/request/aws-cli.ts), from the same option table; an option the playground does not know
 * is refused with the token it is at, never skipped.
 */
import {
  BUCKET_OPERATIONS,
  err,
  fromBase64,
  md5Base64,
  OBJECT_OPERATIONS,
  type Operation,
  ok,
  operationInfo,
  type RequestInput,
  type Result,
  toBase64,
} from '../../engine/index.ts';
import {
  GLOBAL_FLAGS,
  GLOBAL_VALUED,
  HEADER_OPTIONS,
  KEY_FILES,
  kebab,
  MD5_HEADERS,
  QUERY_OPTIONS,
} from './cli-options.ts';
import type { PasteProblem, Token } from './tokenize.ts';

export interface PastedRequest {
  request: RequestInput;
  /** What the paste could not carry over (a body file on the user's disk, say). */
  notes: string[];
}

const OPERATIONS = new Map<string, Operation>(
  [...OBJECT_OPERATIONS, ...BUCKET_OPERATIONS].map((operation) => [kebab(operation), operation]),
);
const HEADER_BY_OPTION = new Map(Object.entries(HEADER_OPTIONS).map(([header, option]) => [option, header]));
const KEY_BY_OPTION = new Map(Object.entries(KEY_FILES).map(([header, [option]]) => [option, header]));
const QUERY_BY_OPTION = new Map(Object.entries(QUERY_OPTIONS).map(([name, option]) => [option, name]));
const MD5_OPTIONS: Record<string, string> = {
  '--sse-customer-key-md5': 'x-amz-server-side-encryption-customer-key-MD5',
  '--copy-source-sse-customer-key-md5': 'x-amz-copy-source-server-side-encryption-customer-key-MD5',
};

const at = (token: Token) => ({ start: token.start, end: token.end });
const problem = (message: string, token: Token): PasteProblem => ({ message, at: at(token) });

/** "Copy as AWS CLI" writes an SSE-C key as `# FILE holds the raw key: echo KEY | base64 -d > FILE`. */
function keyFromComments(file: string, comments: string[]): string | undefined {
  for (const comment of comments) {
    const match = /holds the raw key: echo '?([A-Za-z0-9+/=]+)'? \| base64 -d > (\S+)$/.exec(comment);
    if (match && match[2] === file) return match[1];
  }
  return undefined;
}

/** The SSE-C key as a header value (base64 of the raw key), from the option's value. */
function customerKey(value: Token, comments: string[]): Result<string, PasteProblem> {
  const file = /^fileb?:\/\/(.+)$/.exec(value.text)?.[1];
  if (file !== undefined) {
    const key = keyFromComments(file, comments);
    if (key && fromBase64(key)) return ok(key);
    return err(
      problem(
        `The key is read from the file ${file}, which the playground cannot open. Paste the command with the key itself, or enter the key in the request builder.`,
        value,
      ),
    );
  }
  // The CLI sends the option's text as the raw key and base64-encodes it itself.
  return ok(toBase64(new TextEncoder().encode(value.text)));
}

function metadata(value: Token): Result<Record<string, string>, PasteProblem> {
  const text = value.text.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return ok(Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])));
      }
    } catch {
      // Reported below.
    }
    return err(problem('--metadata must be JSON like {"k":"v"} or k=v,k2=v2.', value));
  }
  const pairs: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return err(problem(`--metadata needs key=value pairs; "${pair}" has no "=".`, value));
    pairs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return ok(pairs);
}

export function parseS3api(words: Token[], comments: string[]): Result<PastedRequest, PasteProblem> {
  const name = words[2];
  if (!name) return err({ message: 'Name the s3api command, e.g. aws s3api put-object.' });
  const operation = OPERATIONS.get(name.text);
  if (!operation) {
    return err(
      problem(
        `The playground does not simulate "aws s3api ${name.text}". It takes put-object, get-object, head-object, copy-object and the other operations of the request builder.`,
        name,
      ),
    );
  }
  const request: RequestInput & { headers: Record<string, string>; query: Record<string, string> } = {
    operation,
    headers: {},
    query: {},
  };
  const notes: string[] = [];
  const positional: Token[] = [];
  const jsonOption = operationInfo(operation).cliInputOption;
  for (let i = 3; i < words.length; i++) {
    const option = words[i] as Token;
    const flag = option.text;
    if (!flag.startsWith('--')) {
      positional.push(option);
      continue;
    }
    if (flag === '--bucket-key-enabled' || flag === '--no-bucket-key-enabled') {
      request.headers['x-amz-server-side-encryption-bucket-key-enabled'] = String(
        flag === '--bucket-key-enabled',
      );
      continue;
    }
    if (flag === '--no-sign-request') {
      request.signature = 'anonymous';
      continue;
    }
    if (GLOBAL_FLAGS.has(flag)) continue;
    const value = words[i + 1];
    if (value === undefined) return err(problem(`${flag} needs a value.`, option));
    i++;
    const header = HEADER_BY_OPTION.get(flag);
    const keyHeader = KEY_BY_OPTION.get(flag);
    const query = QUERY_BY_OPTION.get(flag);
    if (flag === '--bucket') request.bucket = value.text;
    else if (flag === '--key') request.key = value.text;
    else if (header) request.headers[header] = value.text;
    else if (keyHeader) {
      const key = customerKey(value, comments);
      if (!key.ok) return key;
      request.headers[keyHeader] = key.value;
      const bytes = fromBase64(key.value);
      const md5Header = MD5_HEADERS[keyHeader];
      if (bytes && md5Header) request.headers[md5Header] = md5Base64(bytes);
    } else if (MD5_OPTIONS[flag]) request.headers[MD5_OPTIONS[flag] as string] = value.text;
    else if (query) request.query[query] = value.text;
    else if (flag === '--metadata') {
      const pairs = metadata(value);
      if (!pairs.ok) return pairs;
      for (const [k, v] of Object.entries(pairs.value)) request.headers[`x-amz-meta-${k}`] = v;
    } else if (flag === jsonOption) {
      try {
        const parsed: unknown = JSON.parse(value.text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error('not an object');
        request.body = operation === 'PutBucketPolicy' ? value.text : (parsed as RequestInput['body']);
      } catch {
        return err(problem(`${flag} must be a JSON object.`, value));
      }
    } else if (flag === '--body') {
      notes.push(
        `The body file ${value.text} stays on your disk: the builder keeps its own body text (or choose the file).`,
      );
    } else if (flag === '--endpoint-url') {
      request.https = !value.text.toLowerCase().startsWith('http://');
    } else if (GLOBAL_VALUED.has(flag)) {
      // Does not change what S3 receives.
    } else {
      return err(
        problem(`The playground does not know the option ${flag} of aws s3api ${name.text}.`, option),
      );
    }
  }
  const allowedPositional = operation === 'GetObject' ? 1 : 0;
  const extra = positional[allowedPositional];
  if (extra) return err(problem(`Unexpected word "${extra.text}".`, extra));
  if (Object.keys(request.query).length === 0) delete (request as Partial<typeof request>).query;
  return ok({ request, notes });
}
