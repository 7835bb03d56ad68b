/**
 * A request as the AWS CLI command that sends it (`aws s3api …`, `aws kms …`). Header → option
 * names follow the AWS CLI s3api reference (put-object, get-object, copy-object, …).
 */
import { operationInfo, type RequestInput } from '../../engine/index.ts';
import { shellQuote } from './shell-quote.ts';

const HEADER_OPTIONS: Record<string, string> = {
  'x-amz-server-side-encryption': '--server-side-encryption',
  'x-amz-server-side-encryption-aws-kms-key-id': '--ssekms-key-id',
  'x-amz-server-side-encryption-context': '--ssekms-encryption-context',
  'x-amz-server-side-encryption-customer-algorithm': '--sse-customer-algorithm',
  'x-amz-copy-source': '--copy-source',
  'x-amz-copy-source-server-side-encryption-customer-algorithm': '--copy-source-sse-customer-algorithm',
  'x-amz-metadata-directive': '--metadata-directive',
  'content-type': '--content-type',
  'content-md5': '--content-md5',
  // --checksum-algorithm: the CLI computes the x-amz-checksum-* value itself (put-object, upload-part);
  // on create-multipart-upload and copy-object the option writes x-amz-checksum-algorithm.
  'x-amz-sdk-checksum-algorithm': '--checksum-algorithm',
  'x-amz-checksum-algorithm': '--checksum-algorithm',
  'x-amz-checksum-crc32': '--checksum-crc32',
  'x-amz-checksum-crc32c': '--checksum-crc32c',
  'x-amz-checksum-crc64nvme': '--checksum-crc64nvme',
  'x-amz-checksum-sha1': '--checksum-sha1',
  'x-amz-checksum-sha256': '--checksum-sha256',
  'x-amz-checksum-mode': '--checksum-mode',
  'if-match': '--if-match',
  'if-none-match': '--if-none-match',
  'if-modified-since': '--if-modified-since',
  'if-unmodified-since': '--if-unmodified-since',
  range: '--range',
};

/** The CLI base64-encodes an SSE-C key and computes its MD5 itself, so it reads the raw key from a file. */
const KEY_FILES: Record<string, [string, string]> = {
  'x-amz-server-side-encryption-customer-key': ['--sse-customer-key', 'sse-c.key'],
  'x-amz-copy-source-server-side-encryption-customer-key': [
    '--copy-source-sse-customer-key',
    'copy-source-sse-c.key',
  ],
};
const COMPUTED_BY_CLI = [
  'x-amz-server-side-encryption-customer-key-md5',
  'x-amz-copy-source-server-side-encryption-customer-key-md5',
];

const QUERY_OPTIONS: Record<string, string> = {
  versionId: '--version-id',
  uploadId: '--upload-id',
  partNumber: '--part-number',
};

export const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export function awsCliCommand(request: RequestInput, region = 'us-east-1'): string {
  const info = operationInfo(request.operation);
  if (info.scope === 'kms') return kmsCommand(request);
  const lines: string[] = [];
  const args = [
    'aws',
    's3api',
    kebab(request.operation),
    '--bucket',
    shellQuote(request.bucket ?? 'test-bucket'),
  ];
  if (request.key !== undefined) args.push('--key', shellQuote(request.key));
  const metadata: string[] = [];
  for (const [rawName, value] of Object.entries(request.headers ?? {})) {
    const name = rawName.toLowerCase();
    const keyFile = KEY_FILES[name];
    if (keyFile) {
      lines.push(`# ${keyFile[1]} holds the raw key: echo ${shellQuote(value)} | base64 -d > ${keyFile[1]}`);
      args.push(keyFile[0], `fileb://${keyFile[1]}`);
    } else if (COMPUTED_BY_CLI.includes(name)) {
      // The CLI computes the MD5 from the key file.
    } else if (name === 'x-amz-server-side-encryption-bucket-key-enabled') {
      args.push(value === 'true' ? '--bucket-key-enabled' : '--no-bucket-key-enabled');
    } else if (name.startsWith('x-amz-meta-')) {
      metadata.push(`${name.slice('x-amz-meta-'.length)}=${value}`);
    } else if (HEADER_OPTIONS[name]) {
      args.push(HEADER_OPTIONS[name], shellQuote(value));
    } else {
      lines.push(`# The AWS CLI has no option for the header ${rawName}; the curl export sends it.`);
    }
  }
  if (metadata.length > 0) args.push('--metadata', shellQuote(metadata.join(',')));
  for (const [name, value] of Object.entries(request.query ?? {})) {
    const option = QUERY_OPTIONS[name];
    if (option) args.push(option, shellQuote(value));
  }
  const jsonOption = info.cliInputOption;
  const json = jsonBody(request.body);
  if (jsonOption && json) args.push(jsonOption, shellQuote(JSON.stringify(json)));
  if (jsonOption && typeof request.body === 'string') args.push(jsonOption, shellQuote(request.body));
  if (info.body === 'bytes') args.push('--body', 'body.bin');
  if (request.operation === 'GetObject') args.push('out.bin');
  if (request.https === false) args.push('--endpoint-url', `http://s3.${region}.amazonaws.com`);
  if (request.signature === 'anonymous') args.push('--no-sign-request');
  return [...lines, args.join(' ')].join('\n');
}

function kmsCommand(request: RequestInput): string {
  const body = jsonBody(request.body) ?? {};
  const name = kebab(request.operation.slice('kms:'.length));
  const args = ['aws', 'kms', name];
  const keyId = typeof body.KeyId === 'string' ? body.KeyId : undefined;
  const after: string[] = [];
  if (request.operation === 'kms:CreateKey') {
    if (body.Policy !== undefined) args.push('--policy', shellQuote(policyText(body.Policy)));
    if (typeof body.Alias === 'string') {
      const alias = body.Alias.startsWith('alias/') ? body.Alias : `alias/${body.Alias}`;
      after.push(
        `aws kms create-alias --alias-name ${shellQuote(alias)} --target-key-id <KeyId from create-key>`,
      );
    }
  } else if (keyId !== undefined) args.push('--key-id', shellQuote(keyId));
  if (typeof body.PendingWindowInDays === 'number')
    args.push('--pending-window-in-days', String(body.PendingWindowInDays));
  if (request.operation === 'kms:PutKeyPolicy' && body.Policy !== undefined) {
    args.push('--policy-name', 'default', '--policy', shellQuote(policyText(body.Policy)));
  }
  return [args.join(' '), ...after].join('\n');
}

const policyText = (policy: unknown) => (typeof policy === 'string' ? policy : JSON.stringify(policy));

/** The JSON input of the request, if it has one (not text, bytes or base64 bytes). */
function jsonBody(body: RequestInput['body']): Record<string, unknown> | undefined {
  if (typeof body !== 'object' || body === null || body instanceof Uint8Array) return undefined;
  const fields = body as Record<string, unknown>;
  return typeof fields.base64 === 'string' && Object.keys(fields).length === 1 ? undefined : fields;
}
