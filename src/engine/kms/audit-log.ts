/**
 * The account's KMS log: the newest MAX_AUDIT_EVENTS calls, and how many older ones were let go.
 * Without a bound a long session grows it forever, and every snapshot copies it to the page, which
 * renders it. (CloudTrail's own event history is bounded too: 90 days.)
 */
import { MAX_AUDIT_EVENTS } from '../limits.ts';
import type { AuditEvent } from '../types.ts';

export interface AuditLog {
  add(event: AuditEvent): void;
  /** The kept events, oldest first (a copy). */
  events(): AuditEvent[];
  /** How many older events were let go to keep the log within its bound. */
  dropped(): number;
  /** An independent copy, for a forked world. */
  fork(): AuditLog;
}

export function createAuditLog(kept: AuditEvent[] = [], droppedBefore = 0): AuditLog {
  const events = [...kept];
  let dropped = droppedBefore;
  return {
    add(event) {
      events.push(event);
      if (events.length > MAX_AUDIT_EVENTS) {
        const excess = events.length - MAX_AUDIT_EVENTS;
        events.splice(0, excess);
        dropped += excess;
      }
    },
    events: () => [...events],
    dropped: () => dropped,
    fork: () => createAuditLog(events, dropped),
  };
}
