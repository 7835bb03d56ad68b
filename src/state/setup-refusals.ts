/**
 * A set-up that S3 refuses in part (a public policy under Block Public Access, an object S3 will
 * not store) still opens: the refused parts are taken out, the rest is built, and the refusals are
 * shown with S3's answer (issue 12). The set-up kept in the store, and so saved and shared, is the
 * accepted one: a refused part is never saved, so a plain reload cannot bring the breakage back.
 */
import type { Result, Setup, SetupProblem } from '../engine/index.ts';

/** Each round can reveal a refusal the last one hid (objects are put only when the buckets built). */
const MAX_ROUNDS = 4;

export interface Accepted<W> {
  opened: Result<W, SetupProblem[]>;
  /** The set-up the world was built from: the asked-for one without the refused parts. */
  setup: Setup;
  /** What S3 refused and was left out, with S3's answer. */
  refused: SetupProblem[];
}

type Segment = string | number;

/** `otherBuckets[0].policy` → ['otherBuckets', 0, 'policy']; undefined for a path it cannot follow. */
function segmentsOf(path: string): Segment[] | undefined {
  const segments: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    segments.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

const REMOVED = Symbol('removed');

/** The set-up without the parts at `paths`; undefined when a path names nothing that can be removed. */
export function withoutParts(setup: Setup, paths: string[]): Setup | undefined {
  const copy = structuredClone(setup) as Record<string, unknown>;
  for (const path of paths) {
    const segments = segmentsOf(path);
    if (!segments || segments.length === 0) return undefined;
    let parent: unknown = copy;
    for (const segment of segments.slice(0, -1)) parent = (parent as Record<Segment, unknown>)?.[segment];
    const last = segments.at(-1)!;
    if (typeof parent !== 'object' || parent === null || !(last in parent)) return undefined;
    (parent as Record<Segment, unknown>)[last] = REMOVED;
  }
  return prune(copy) as Setup;
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== REMOVED).map(prune);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== REMOVED) out[key] = prune(v);
  return out;
}

export async function openAccepted<W>(
  setup: Setup,
  open: (setup: Setup) => Promise<Result<W, SetupProblem[]>>,
): Promise<Accepted<W>> {
  let current = setup;
  const refused: SetupProblem[] = [];
  for (let round = 0; ; round++) {
    const opened = await open(current);
    if (opened.ok) return { opened, setup: current, refused };
    const rest =
      round < MAX_ROUNDS
        ? withoutParts(
            current,
            opened.error.map((p) => p.path),
          )
        : undefined;
    // Nothing left to take out: the set-up fails as a whole, with every refusal so far.
    if (!rest) return { opened: { ok: false, error: [...refused, ...opened.error] }, setup, refused: [] };
    refused.push(...opened.error);
    current = rest;
  }
}
