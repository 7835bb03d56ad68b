/**
 * Filtering the KMS audit log (CloudTrail-shaped events) by event name and by key. A key filter
 * matches the key ARN in `resources`, or the id, ARN or alias the request named (`keyId`).
 */
import type { AuditEvent } from '../../../engine/index.ts';

export interface AuditFilter {
  /** Exact event name, e.g. "GenerateDataKey"; empty for all. */
  eventName: string;
  /** Part of a key ARN, id or alias (case-insensitive); empty for all. */
  key: string;
}

/** The key identifiers an event names: resource ARNs and the request's keyId. */
export function eventKeys(event: AuditEvent): string[] {
  const keys = (event.resources ?? []).map((resource) => resource.ARN);
  const requested = event.requestParameters.keyId;
  if (typeof requested === 'string' && !keys.includes(requested)) keys.push(requested);
  return keys;
}

export function filterAuditEvents(events: readonly AuditEvent[], filter: AuditFilter): AuditEvent[] {
  const key = filter.key.trim().toLowerCase();
  return events.filter(
    (event) =>
      (filter.eventName === '' || event.eventName === filter.eventName) &&
      (key === '' || eventKeys(event).some((name) => name.toLowerCase().includes(key))),
  );
}

/** The distinct event names, sorted, for the filter's choices. */
export function auditEventNames(events: readonly AuditEvent[]): string[] {
  return [...new Set(events.map((event) => event.eventName))].sort();
}

/** The distinct key ARNs the events touched, sorted, for the filter's suggestions. */
export function auditKeyArns(events: readonly AuditEvent[]): string[] {
  return [
    ...new Set(events.flatMap((event) => (event.resources ?? []).map((resource) => resource.ARN))),
  ].sort();
}
