/**
 * What the AWS CLI prints that is neither a command nor its JSON, named instead of refused as "not
 * a command": the line it prints when a call fails (botocore/exceptions.py, ClientError.MSG_TEMPLATE:
 * "An error occurred ({error_code}) when calling the {operation_name} operation{retry_info}:
 * {error_message}"), and what `--output text` and `--output yaml` print (AWS CLI User Guide,
 * "Setting the output format in the AWS CLI").
 */
import type { PasteProblem } from './tokenize.ts';

const ERROR_LINE =
  /An error occurred \(([^)\s]+)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?: ?(.*)/;

/**
 * What the codes a get- or an object command most often prints mean. S3 API Reference, "Error
 * responses", list of error codes (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList),
 * with the engine's own answers (engine/s3/errors.ts); a HEAD answer has no body, so the CLI
 * names it by its status (S3 API Reference, HeadObject: "it returns a generic code, such as
 * 400 Bad Request, 403 Forbidden, 404 Not Found").
 */
const KNOWN_CODES: Record<string, string> = {
  NoSuchBucketPolicy: 'the bucket has no bucket policy',
  ServerSideEncryptionConfigurationNotFoundError: 'the bucket has no default encryption configuration',
  NoSuchPublicAccessBlockConfiguration: 'the bucket has no Block Public Access configuration of its own',
  NoSuchBucket: 'the bucket does not exist',
  NoSuchKey: 'no object has this key',
  AccessDenied: 'S3 refused the caller: no policy allows the request, or one denies it',
  '403': 'Forbidden (a HEAD answer has no body, so the CLI prints only its status): S3 refused the caller',
  '404':
    'Not Found (a HEAD answer has no body, so the CLI prints only its status): no object has this key, or the bucket does not exist',
};

const NOTHING_TO_TAKE =
  'There is nothing in it for the playground to take: paste the command you ran (aws s3api ..., aws s3 cp ...), or the JSON a get- command prints when it succeeds.';

/** `RULES\tTrue`, `PUBLICACCESSBLOCKCONFIGURATION`, `Disabled\tEnabled`: what --output text prints. */
const TEXT_LINE = /^(\S+\t|[A-Z][A-Z0-9]{3,}\s*$)/;
/** `ServerSideEncryptionConfiguration:`, `- ApplyServerSideEncryptionByDefault:`, `Policy: '...'`. */
const YAML_LINE = /^(?:-\s+)?([A-Z][A-Za-z0-9]*:)(?:\s|$)/;

function errorLine(text: string): PasteProblem | undefined {
  const match = ERROR_LINE.exec(text);
  if (!match) return undefined;
  const [, code = '', operation = '', message = ''] = match;
  const start = match.index + 'An error occurred ('.length;
  const meaning = KNOWN_CODES[code];
  const quoted = message.trim();
  const said = meaning ? `, meaning ${meaning}.` : `: "${quoted}"${/[.!?]$/.test(quoted) ? '' : '.'}`;
  return {
    message: `This is the error the AWS CLI printed: AWS answered ${operation} with ${code}${said} ${NOTHING_TO_TAKE}`,
    at: { start, end: start + code.length },
  };
}

function otherFormat(text: string): PasteProblem | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const yaml = YAML_LINE.exec(line);
  const format = yaml ? 'yaml' : TEXT_LINE.test(line) ? 'text' : undefined;
  if (!format) return undefined;
  const word = yaml ? line.indexOf(yaml[1] as string) : 0;
  const length = yaml ? (yaml[1] as string).length : line.search(/\s|$/);
  return {
    message: `This looks like what the AWS CLI prints with --output ${format}; the playground reads its JSON. Run the command again with --output json and paste that.`,
    at: { start: start + word, end: start + word + length },
  };
}

/** The CLI's error line, or its text or yaml output, as a problem that says what it is; undefined for anything else. */
export function readCliPrinted(text: string): PasteProblem | undefined {
  return errorLine(text) ?? (/^\s*aws\s/.test(text) ? undefined : otherFormat(text));
}
