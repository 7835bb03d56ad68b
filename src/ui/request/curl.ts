/**
 * An object request as curl (7.75+ signs with `--aws-sigv4`). Bucket-level and KMS operations
 * take XML or JSON bodies S3 and KMS define per API; for those the AWS CLI export is the one to use.
 * The source IP and the VPC endpoint (`vpcEndpoint`) are where curl is run from, not part of the
 * request, so they are not written.
 */
import { operationInfo, type RequestInput } from '../../engine/index.ts';
import { missingQuery } from './missing-query.ts';
import { shellQuote } from './shell-quote.ts';

/** `bodyFile`: the name of the file chosen as the body (the command reads the bytes from it). */
export function curlCommand(request: RequestInput, region = 'us-east-1', bodyFile = 'body.bin'): string {
  const { http, body } = operationInfo(request.operation);
  const method = http?.method;
  if (!method) return `# ${request.operation} is not an object request: use "Copy as AWS CLI".`;
  if (request.signature !== 'anonymous' && request.authType === 'POST')
    return postForm(request, region, bodyFile);
  const scheme = request.https === false ? 'http' : 'https';
  const bucket = request.bucket ?? 'test-bucket';
  const key = (request.key ?? '').split('/').map(encodeURIComponent).join('/');
  const missing = missingQuery(request, (name) => name);
  const query = new URLSearchParams({ ...request.query, ...missing.placeholders });
  const sub = http?.subresource;
  const search = [sub, query.toString()].filter((part) => part !== undefined && part !== '').join('&');
  const presigned = request.signature !== 'anonymous' && request.authType === 'REST-QUERY-STRING';
  const signing = presigned ? presignedQuery(request, region) : '';
  const all = [search, signing].filter((part) => part !== '').join('&');
  const url = `${scheme}://${bucket}.s3.${region}.amazonaws.com/${key}${all ? `?${all}` : ''}`;
  const args = ['curl', method === 'HEAD' ? '--head' : `-X ${method}`, shellQuote(url)];
  // curl folds "." and ".." path segments before sending (RFC 3986 §5.2.4), so a key such as
  // a/../b.txt would name another object; --path-as-is sends the key as written.
  if (hasDotSegment(request.key ?? '')) args.splice(1, 0, '--path-as-is');
  if (request.signature !== 'anonymous' && !presigned) {
    args.push(
      `--aws-sigv4 ${shellQuote(`aws:amz:${region}:s3`)}`,
      '--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
    );
  }
  for (const [name, value] of Object.entries(request.headers ?? {}))
    args.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (body === 'bytes') args.push(`--data-binary @${shellQuote(bodyFile)}`);
  const command = args.join(' \\\n  ');
  // The URL's shape is exact; its signature can only come from presigning with real credentials.
  const notes = [presigned ? PRESIGN_NOTE : null, missing.note].filter((n) => n !== null);
  return [...notes, command].join('\n');
}

const hasDotSegment = (key: string) => key.split('/').some((segment) => segment === '.' || segment === '..');

const PRESIGN_NOTE =
  '# A presigned URL (SigV4 query string). Replace the credential and signature by presigning for real,\n# e.g. `aws s3 presign` for GET; SSE-C key headers must still be sent as headers.';

/** `YYYYMMDDTHHMMSSZ` of the moment the URL would be signed. */
const amzDate = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The SigV4 query parameters of a presigned URL (sigv4-query-string-auth), signature left to fill in. */
function presignedQuery(request: RequestInput, region: string): string {
  const date = amzDate(Date.now() - (request.signatureAgeMs ?? 0));
  const params = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `AKIAIOSFODNN7EXAMPLE/${date.slice(0, 8)}/${region}/s3/aws4_request`,
    'X-Amz-Date': date,
    'X-Amz-Expires': String(request.expiresSeconds ?? 3600),
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': 'SIGNATURE',
  });
  return params.toString();
}

/** Base64 of UTF-8 text (the POST policy field). */
function base64Text(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A browser POST upload as curl's multipart form: the signed policy, the fields, the file last. */
function postForm(request: RequestInput, region: string, bodyFile: string): string {
  const scheme = request.https === false ? 'http' : 'https';
  const bucket = request.bucket ?? 'test-bucket';
  const date = amzDate(Date.now() - (request.signatureAgeMs ?? 0));
  const fields: [string, string][] = [
    ['key', request.key ?? ''],
    ...Object.entries(request.headers ?? {}),
    ['policy', base64Text(JSON.stringify(request.postPolicy ?? {}))],
    ['x-amz-algorithm', 'AWS4-HMAC-SHA256'],
    ['x-amz-credential', `AKIAIOSFODNN7EXAMPLE/${date.slice(0, 8)}/${region}/s3/aws4_request`],
    ['x-amz-date', date],
    ['x-amz-signature', 'SIGNATURE'],
  ];
  const args = ['curl', '-X POST', shellQuote(`${scheme}://${bucket}.s3.${region}.amazonaws.com/`)];
  for (const [name, value] of fields) args.push(`-F ${shellQuote(`${name}=${value}`)}`);
  args.push(`-F ${shellQuote(`file=@${bodyFile}`)}`);
  return `# A browser POST upload: sign the policy for real (SigV4) and replace SIGNATURE.\n${args.join(' \\\n  ')}`;
}
