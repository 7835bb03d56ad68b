/**
 * IAM dates: ISO 8601 (`2026-01-01`, `2026-01-01T12:00:00Z`, with optional fraction and offset) or
 * epoch seconds (`1767225600`), as aws:CurrentTime and aws:EpochTime carry them. A date-time
 * without an offset is read as UTC (JavaScript would read it as local time).
 */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDateMs(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const m = ISO.exec(trimmed);
  if (!m) return undefined;
  const [, day, time, zone] = m;
  let offset = zone ?? 'Z';
  if (offset !== 'Z' && !offset.includes(':')) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const ms = Date.parse(time ? `${day}T${time}${offset}` : `${day}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}
