/** Each starting input is one S3 accepts: sent as it is, the operation answers 200. */
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../types.ts';
import { operationInfo } from './operation-catalog.ts';
import { inputTemplate, KEY_ID_PLACEHOLDER } from './operation-input.ts';
import { K1_ARN, makeWorld } from './testing/world-fixture.ts';

const context = { account: '111122223333', region: 'us-east-1', customerKeyArn: K1_ARN };

describe('the starting input of JSON-body operations', () => {
  it.each(OPERATIONS.filter((operation) => inputTemplate(operation, context) !== undefined))(
    '%s: the template is accepted by S3 as it is',
    async (operation) => {
      const world = await makeWorld({ objects: [{ key: 'k', body: 'data' }] });
      const body = inputTemplate(operation, context)!;
      const outcome = await world.send({ operation, key: 'k', body });
      expect(outcome.response.error).toBeUndefined();
      expect(outcome.response.status).toBe(200);
    },
  );

  it('only JSON-body operations have one', () => {
    const withTemplate = OPERATIONS.filter((operation) => inputTemplate(operation, context) !== undefined);
    expect(withTemplate).toContain('UpdateObjectEncryption');
    for (const operation of withTemplate) expect(operationInfo(operation).body).toBe('json');
  });

  it('UpdateObjectEncryption names the customer key when there is one, else a placeholder of the account', () => {
    expect(JSON.stringify(inputTemplate('UpdateObjectEncryption', context))).toContain(K1_ARN);
    const without = inputTemplate('UpdateObjectEncryption', { account: '444455556666', region: 'eu-west-1' });
    expect(JSON.stringify(without)).toContain(`arn:aws:kms:eu-west-1:444455556666:key/${KEY_ID_PLACEHOLDER}`);
  });
});
