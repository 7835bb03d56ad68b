/**
 * `kms.keyArn`, behind the scenario placeholder `{{keyArn:ID}}`: "the ARN of the key with that
 * id, in its own Region" (docs/scenario-format.md, "Request").
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, K1, K1_ARN, K2, kmsFixture } from './testing/kms-fixture.ts';

const K2_WEST_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${K2}`;

const cases = [
  { name: 'a bare id of a key in the bucket Region gives its ARN', ref: K1, arn: K1_ARN },
  { name: 'a bare id of a key in another Region gives its ARN in that Region', ref: K2, arn: K2_WEST_ARN },
  { name: 'an alias of a key in the bucket Region gives the key ARN', ref: 'alias/one', arn: K1_ARN },
  { name: 'a key ARN in another Region gives itself', ref: K2_WEST_ARN, arn: K2_WEST_ARN },
  { name: 'an id no key has gives nothing', ref: '5555eeee-55ee-55ee-55ee-5555eeee5555', arn: undefined },
];

describe('kms.keyArn', () => {
  it.each(cases)('$name', async ({ ref, arn }) => {
    const { kms } = await kmsFixture({
      keys: [
        { id: K1, alias: 'alias/one' },
        { id: K2, region: 'eu-west-1' },
      ],
    });
    expect(kms.keyArn(ref)).toBe(arn);
  });
});
