/**
 * What the AWS CLI prints besides JSON. The error line is botocore's ClientError.MSG_TEMPLATE
 * (botocore/exceptions.py: "An error occurred ({error_code}) when calling the {operation_name}
 * operation{retry_info}: {error_message}"); the codes are S3's (S3 API Reference, "Error
 * responses", https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList).
 * --output text and --output yaml are the CLI's other formats (AWS CLI User Guide, "Setting the
 * output format").
 */
import { describe, expect, it } from 'vitest';
import { parseAwsPaste } from './index.ts';

const problemOf = (text: string) => {
  const pasted = parseAwsPaste(text);
  if (pasted.ok) throw new Error('accepted');
  return {
    message: pasted.error.message,
    token: pasted.error.at ? text.slice(pasted.error.at.start, pasted.error.at.end) : undefined,
  };
};

describe('pasting what the AWS CLI printed on an error', () => {
  it.each([
    {
      name: 'NoSuchBucketPolicy is named and means the bucket has no policy',
      text: 'An error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation: The bucket policy does not exist',
      token: 'NoSuchBucketPolicy',
      says: ['GetBucketPolicy', 'NoSuchBucketPolicy', 'has no bucket policy'],
    },
    {
      name: 'ServerSideEncryptionConfigurationNotFoundError means no default encryption configuration',
      text: 'An error occurred (ServerSideEncryptionConfigurationNotFoundError) when calling the GetBucketEncryption operation: The server side encryption configuration was not found',
      token: 'ServerSideEncryptionConfigurationNotFoundError',
      says: ['no default encryption configuration'],
    },
    {
      name: 'the line is found after the command that printed it, on its own line',
      text: '$ aws s3api get-public-access-block --bucket b\n\nAn error occurred (NoSuchPublicAccessBlockConfiguration) when calling the GetPublicAccessBlock operation: The public access block configuration was not found',
      token: 'NoSuchPublicAccessBlockConfiguration',
      says: ['no Block Public Access configuration'],
    },
    {
      name: 'a HEAD answer, which has no body, is named by its status',
      text: 'An error occurred (404) when calling the HeadObject operation: Not Found',
      token: '404',
      says: ['HeadObject', 'no body'],
    },
    {
      name: 'the retry note of a throttled call is read past',
      text: 'An error occurred (AccessDenied) when calling the PutObject operation (reached max retries: 2): Access Denied',
      token: 'AccessDenied',
      says: ['PutObject', 'AccessDenied'],
    },
    {
      name: 'a code the playground does not know is still named, with the message S3 gave',
      text: 'An error occurred (SlowDown) when calling the PutObject operation: Please reduce your request rate.',
      token: 'SlowDown',
      says: ['SlowDown', '"Please reduce your request rate."'],
    },
  ])('$name', ({ text, token, says }) => {
    const problem = problemOf(text);
    expect(problem.token).toBe(token);
    for (const words of says) expect(problem.message).toContain(words);
    expect(problem.message).not.toContain('A command starts with "aws"');
  });
});

describe('pasting --output text or --output yaml', () => {
  it.each([
    {
      name: 'get-bucket-encryption as text',
      text: 'SERVERSIDEENCRYPTIONCONFIGURATION\nRULES\tTrue\nAPPLYSERVERSIDEENCRYPTIONBYDEFAULT\taws:kms\talias/app',
      token: 'SERVERSIDEENCRYPTIONCONFIGURATION',
      format: 'text',
    },
    {
      name: 'get-public-access-block as text',
      text: 'PUBLICACCESSBLOCKCONFIGURATION\tTrue\tTrue\tTrue\tTrue\n',
      token: 'PUBLICACCESSBLOCKCONFIGURATION',
      format: 'text',
    },
    {
      name: 'get-bucket-versioning as text',
      text: 'Disabled\tEnabled',
      token: 'Disabled',
      format: 'text',
    },
    {
      name: 'get-bucket-encryption as yaml',
      text: 'ServerSideEncryptionConfiguration:\n  Rules:\n  - ApplyServerSideEncryptionByDefault:\n      SSEAlgorithm: AES256\n    BucketKeyEnabled: false\n',
      token: 'ServerSideEncryptionConfiguration:',
      format: 'yaml',
    },
    {
      name: 'get-bucket-policy as yaml, the policy quoted',
      text: `  Policy: '{"Version":"2012-10-17","Statement":[]}'`,
      token: 'Policy:',
      format: 'yaml',
    },
  ])('$name says to run it again with --output json', ({ text, token, format }) => {
    const problem = problemOf(text);
    expect(problem.token).toBe(token);
    expect(problem.message).toContain(`--output ${format}`);
    expect(problem.message).toContain('--output json');
  });

  it('a word that is not the CLI output still gets the command message', () => {
    expect(problemOf('curl https://example.com').message).toContain('A command starts with "aws"');
  });
});
