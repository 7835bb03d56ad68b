import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../engine/index.ts';
import { auditEventNames, auditKeyArns, filterAuditEvents } from './audit-filter.ts';

const keyA = 'arn:aws:kms:us-east-1:111122223333:key/aaaa-1111';
const keyB = 'arn:aws:kms:us-east-1:111122223333:key/bbbb-2222';

const event = (eventName: string, keyArn: string, keyId: string = keyArn): AuditEvent => ({
  eventTime: '2026-01-01T00:00:00Z',
  eventSource: 'kms.amazonaws.com',
  eventName,
  awsRegion: 'us-east-1',
  sourceIPAddress: 's3.amazonaws.com',
  userIdentity: { type: 'AWSAccount', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
  requestParameters: { keyId },
  resources: [{ ARN: keyArn, type: 'AWS::KMS::Key' }],
});

const log = [
  event('GenerateDataKey', keyA),
  event('Decrypt', keyA),
  event('GenerateDataKey', keyB, 'alias/reports'),
  event('Decrypt', keyB),
];

describe('filterAuditEvents', () => {
  it.each([
    { name: 'an empty filter keeps every event', filter: { eventName: '', key: '' }, expected: 4 },
    { name: 'an event name keeps only that event', filter: { eventName: 'Decrypt', key: '' }, expected: 2 },
    { name: 'a key id part matches the key ARN', filter: { eventName: '', key: 'aaaa' }, expected: 2 },
    { name: 'the key filter ignores case', filter: { eventName: '', key: 'BBBB-2222' }, expected: 2 },
    {
      name: 'an alias the request named matches',
      filter: { eventName: '', key: 'alias/reports' },
      expected: 1,
    },
    { name: 'name and key combine', filter: { eventName: 'GenerateDataKey', key: 'bbbb' }, expected: 1 },
    { name: 'an unknown key matches nothing', filter: { eventName: '', key: 'zzzz' }, expected: 0 },
  ])('$name', ({ filter, expected }) => {
    expect(filterAuditEvents(log, filter)).toHaveLength(expected);
  });
});

describe('choices', () => {
  it('event names are distinct and sorted', () => {
    expect(auditEventNames(log)).toEqual(['Decrypt', 'GenerateDataKey']);
  });
  it('key ARNs are distinct and sorted', () => {
    expect(auditKeyArns(log)).toEqual([keyA, keyB]);
  });
});
