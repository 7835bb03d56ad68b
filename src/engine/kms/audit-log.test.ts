import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_EVENTS } from '../limits.ts';
import type { AuditEvent } from '../types.ts';
import { createAuditLog } from './audit-log.ts';

const event = (n: number) => ({ eventName: 'GenerateDataKey', eventTime: `t${n}` }) as AuditEvent;

describe('the KMS audit log', () => {
  it.each([
    { added: 3, kept: 3, dropped: 0, oldest: 't0' },
    { added: MAX_AUDIT_EVENTS, kept: MAX_AUDIT_EVENTS, dropped: 0, oldest: 't0' },
    { added: MAX_AUDIT_EVENTS + 1, kept: MAX_AUDIT_EVENTS, dropped: 1, oldest: 't1' },
    {
      added: MAX_AUDIT_EVENTS * 3 + 7,
      kept: MAX_AUDIT_EVENTS,
      dropped: MAX_AUDIT_EVENTS * 2 + 7,
      oldest: `t${MAX_AUDIT_EVENTS * 2 + 7}`,
    },
  ])(
    'keeps the newest $kept of $added calls and counts the $dropped let go',
    ({ added, kept, dropped, oldest }) => {
      const log = createAuditLog();
      for (let n = 0; n < added; n++) log.add(event(n));
      expect(log.events()).toHaveLength(kept);
      expect(log.events()[0]?.eventTime).toBe(oldest);
      expect(log.events().at(-1)?.eventTime).toBe(`t${added - 1}`);
      expect(log.dropped()).toBe(dropped);
    },
  );

  it('gives a fork its own copy: calls on either side do not show on the other', () => {
    const log = createAuditLog();
    log.add(event(0));
    const fork = log.fork();
    fork.add(event(1));
    log.add(event(2));
    expect(log.events().map((e) => e.eventTime)).toEqual(['t0', 't2']);
    expect(fork.events().map((e) => e.eventTime)).toEqual(['t0', 't1']);
  });

  it('hands out copies, so a caller cannot change the log', () => {
    const log = createAuditLog();
    log.add(event(0));
    log.events().pop();
    expect(log.events()).toHaveLength(1);
  });
});
