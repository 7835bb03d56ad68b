import { describe, expect, it } from 'vitest';
import { KEY_ID_PLACEHOLDER } from '../engine/index.ts';
import type { WorldSnapshot } from './engine-port.ts';
import { inputTemplateText } from './input-template.ts';

const key = (arn: string, extra: Partial<WorldSnapshot['kmsKeys'][number]> = {}) =>
  ({
    arn,
    manager: 'CUSTOMER',
    state: 'Enabled',
    region: 'us-east-1',
    ...extra,
  }) as WorldSnapshot['kmsKeys'][number];
const world = (kmsKeys: WorldSnapshot['kmsKeys']) =>
  ({ account: '111122223333', region: 'us-east-1', kmsKeys }) as unknown as WorldSnapshot;
const MINE = 'arn:aws:kms:us-east-1:111122223333:key/1111';

describe("the builder's starting input for UpdateObjectEncryption", () => {
  it.each([
    { name: "names the account's enabled customer key", keys: [key(MINE)], has: MINE },
    {
      name: 'skips the aws/s3 key, disabled keys, other Regions and other accounts',
      keys: [
        key('arn:aws:kms:us-east-1:111122223333:key/aws', { manager: 'AWS' }),
        key('arn:aws:kms:us-east-1:111122223333:key/off', { state: 'Disabled' }),
        key('arn:aws:kms:eu-west-1:111122223333:key/eu', { region: 'eu-west-1' }),
        key('arn:aws:kms:us-east-1:444455556666:key/other'),
      ],
      has: `arn:aws:kms:us-east-1:111122223333:key/${KEY_ID_PLACEHOLDER}`,
    },
  ])('$name', ({ keys, has }) => {
    const text = inputTemplateText('UpdateObjectEncryption', world(keys)) ?? '';
    expect(JSON.parse(text).ObjectEncryption.SSEKMS.KMSKeyArn).toBe(has);
  });

  it('gives nothing for an operation without a starting input', () => {
    expect(inputTemplateText('PutObject', world([]))).toBeUndefined();
  });
});
