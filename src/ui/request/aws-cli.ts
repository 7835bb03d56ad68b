/**
 * A request as the AWS CLI command that sends it (`aws s3api …`, `aws kms …`). Header → option
 * names follow the AWS CLI s3api reference (put-object, get-object, copy-object, …). The source
 * IP and the VPC endpoint (`vpcEndpoint`) are where the command is run from, not part of it, so
 * they are not written.
 */
import { operationInfo, type RequestInput } from '../../engine/index.ts';
import {
  HEADER_OPTIONS,
  KEY_FILES,
  kebab,
  MD5_HEADERS,
  QUERY_OPTIONS,
} from '../../state/aws-paste/cli-options.ts';
import { missingQuery } from './missing-query.ts';
import { shellQuote } from './shell-quote.ts';

export { kebab };

const COMPUTED_BY_CLI = Object.values(MD5_HEADERS).map((name) => name.toLowerCase());

/** `bodyFile`: the name of the file chosen as the body (the command reads the bytes from it). */
export function awsCliCommand(request: RequestInput, region = 'us-east-1', bodyFile = 'body.bin'): string {
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
  const missing = missingQuery(request, (name) => QUERY_OPTIONS[name] ?? name);
  if (missing.note) lines.push(missing.note);
  for (const [name, value] of Object.entries({ ...request.query, ...missing.placeholders })) {
    const option = QUERY_OPTIONS[name];
    if (option) args.push(option, shellQuote(value));
  }
  const jsonOption = info.cliInputOption;
  const json = jsonBody(request.body);
  if (jsonOption && json) args.push(jsonOption, shellQuote(JSON.stringify(json)));
  if (jsonOption && typeof request.body === 'string') args.push(jsonOption, shellQuote(request.body));
  if (info.body === 'bytes') args.push('--body', shellQuote(bodyFile));
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
