/**
 * An object request as curl (7.75+ signs with `--aws-sigv4`). Bucket-level and KMS operations
 * take XML or JSON bodies S3 and KMS define per API; for those the AWS CLI export is the one to use.
 */
import { operationInfo, type RequestInput } from '../../engine/index.ts';
import { shellQuote } from './shell-quote.ts';

export function curlCommand(request: RequestInput, region = 'us-east-1'): string {
  const { http, body } = operationInfo(request.operation);
  const method = http?.method;
  if (!method) return `# ${request.operation} is not an object request: use "Copy as AWS CLI".`;
  const scheme = request.https === false ? 'http' : 'https';
  const bucket = request.bucket ?? 'test-bucket';
  const key = (request.key ?? '').split('/').map(encodeURIComponent).join('/');
  const query = new URLSearchParams(request.query ?? {});
  const sub = http?.subresource;
  const search = [sub, query.toString()].filter((part) => part !== undefined && part !== '').join('&');
  const url = `${scheme}://${bucket}.s3.${region}.amazonaws.com/${key}${search ? `?${search}` : ''}`;
  const args = ['curl', method === 'HEAD' ? '--head' : `-X ${method}`, shellQuote(url)];
  if (request.signature !== 'anonymous') {
    args.push(
      `--aws-sigv4 ${shellQuote(`aws:amz:${region}:s3`)}`,
      '--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
    );
  }
  for (const [name, value] of Object.entries(request.headers ?? {}))
    args.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (body === 'bytes') args.push('--data-binary @body.bin');
  return args.join(' \\\n  ');
}
