import { describe, expect, it } from 'vitest';
import { expectRefusal, type RefusalCase, step, withRequest, withSteps } from './test-fixtures.ts';

const cases: RefusalCase[] = [
  {
    name: 'an unknown placeholder is an error in the file',
    file: withRequest({ key: '{{objectKey}}' }),
    errors: [
      {
        path: 'steps[0].request.key',
        message:
          'uses the unknown placeholder {{objectKey}} (known: {{uploadId}}, {{uploadId:N}}, {{etag:N}}, {{versionId:N}}, {{awsManagedKeyArn}}, {{keyArn:ID}})',
      },
    ],
  },
  {
    name: 'uploadId before any CreateMultipartUpload is an error',
    file: withSteps([
      step({ operation: 'UploadPart', key: 'k', query: { partNumber: '1', uploadId: '{{uploadId}}' } }),
    ]),
    errors: [
      {
        path: 'steps[0].request.query.uploadId',
        message: 'uses {{uploadId}} but no CreateMultipartUpload step comes before step 0',
      },
    ],
  },
  {
    name: 'versionId of the same step is an error in its request',
    file: withSteps([step({ operation: 'GetObject', key: 'k', query: { versionId: '{{versionId:0}}' } })]),
    errors: [
      {
        path: 'steps[0].request.query.versionId',
        message: 'uses {{versionId:0}} but step 0 does not run before step 0',
      },
    ],
  },
  {
    name: 'versionId of a later step is an error in an expectation',
    file: withSteps([
      step(
        { operation: 'PutObject', key: 'k' },
        { expect: { headers: { 'x-amz-version-id': '{{versionId:1}}' } } },
      ),
    ]),
    errors: [
      {
        path: 'steps[0].expect.headers["x-amz-version-id"]',
        message: 'uses {{versionId:1}} but step 1 does not run at or before step 0',
      },
    ],
  },
  {
    name: 'keyArn of an undeclared key is an error',
    file: withRequest({
      headers: {
        'x-amz-server-side-encryption-aws-kms-key-id': '{{keyArn:1234abcd-12ab-34cd-56ef-1234567890ab}}',
      },
    }),
    errors: [
      {
        path: 'steps[0].request.headers["x-amz-server-side-encryption-aws-kms-key-id"]',
        message:
          'uses {{keyArn:1234abcd-12ab-34cd-56ef-1234567890ab}} but no key "1234abcd-12ab-34cd-56ef-1234567890ab" is declared in setup.kmsKeys or created before step 0',
      },
    ],
  },
  {
    name: 'placeholders inside a JSON body are checked too',
    file: withSteps([
      step({ operation: 'PutBucketPolicy', body: { Statement: [{ Resource: '{{bucketArn}}' }] } }),
    ]),
    errors: [
      {
        path: 'steps[0].request.body.Statement[0].Resource',
        message: expect.stringContaining('unknown placeholder {{bucketArn}}'),
      },
    ],
  },
];

describe('parseScenarioFile refuses placeholders that cannot have a value', () => {
  it.each(cases)('$name', (refusal) => expectRefusal(refusal));
});
