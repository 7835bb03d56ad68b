/**
 * Copy as AWS CLI / curl for a request without the query parameters S3 needs. The AWS CLI command
 * reference marks `upload-part`'s `--upload-id` and `--part-number` as required, and
 * `complete-multipart-upload`, `list-parts` and `abort-multipart-upload`'s `--upload-id`; S3 answers
 * 400 InvalidArgument to an UploadPart without partNumber (UploadPart API, "partNumber ... Required").
 */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../engine/index.ts';
import { awsCliCommand } from './aws-cli.ts';
import { curlCommand } from './curl.ts';

describe('an export of a request without the query parameters S3 needs', () => {
  it.each<{ name: string; request: RequestInput; cli: string[] }>([
    {
      name: 'an upload-part with no upload in progress gets both placeholders and a note naming them',
      request: { operation: 'UploadPart', key: 'big.bin' },
      cli: [
        '# UploadPart needs --upload-id and --part-number, which the request builder does not give yet: fill in the placeholders (sent without, S3 refuses the request).',
        "aws s3api upload-part --bucket test-bucket --key big.bin --upload-id '<UploadId from create-multipart-upload>' --part-number '<part number, 1 to 10000>' --body body.bin",
      ],
    },
    {
      name: 'an upload-part with its upload id gets only the part number to fill in',
      request: { operation: 'UploadPart', key: 'big.bin', query: { uploadId: 'u-1' } },
      cli: [
        '# UploadPart needs --part-number, which the request builder does not give yet: fill in the placeholder (sent without, S3 refuses the request).',
        "aws s3api upload-part --bucket test-bucket --key big.bin --upload-id u-1 --part-number '<part number, 1 to 10000>' --body body.bin",
      ],
    },
    {
      name: 'a list-parts without an upload id says so',
      request: { operation: 'ListParts', key: 'big.bin' },
      cli: [
        '# ListParts needs --upload-id, which the request builder does not give yet: fill in the placeholder (sent without, S3 refuses the request).',
        "aws s3api list-parts --bucket test-bucket --key big.bin --upload-id '<UploadId from create-multipart-upload>'",
      ],
    },
    {
      name: 'a complete upload-part has no note',
      request: { operation: 'UploadPart', key: 'big.bin', query: { uploadId: 'u-1', partNumber: '2' } },
      cli: [
        'aws s3api upload-part --bucket test-bucket --key big.bin --upload-id u-1 --part-number 2 --body body.bin',
      ],
    },
  ])('$name', ({ request, cli }) => {
    expect(awsCliCommand(request).split('\n')).toEqual(cli);
  });

  it('writes the same note and placeholders into the curl URL', () => {
    const command = curlCommand({ operation: 'UploadPart', key: 'big.bin' });
    expect(command.split('\n')[0]).toBe(
      '# UploadPart needs uploadId and partNumber, which the request builder does not give yet: fill in the placeholders (sent without, S3 refuses the request).',
    );
    expect(command).toContain('big.bin?uploadId=%3CUploadId+from+create-multipart-upload%3E&partNumber=');
  });
});
