/**
 * The account's shared KMS cryptographic-operations quota: successful GenerateDataKey and Decrypt
 * calls in the last simulated second (spec §2.8; docs/scenario-format.md "Setup"). Refused calls are
 * not counted.
 */
export interface QuotaWindow {
  readonly limit: number;
  /** Calls that succeeded in (now - 1000 ms, now]. */
  count(nowMs: number): number;
  wouldExceed(nowMs: number): boolean;
  record(nowMs: number): void;
  fork(): QuotaWindow;
}

export const QUOTA_WINDOW_MS = 1000;

/**
 * The stamps are kept in time order, so a prune drops a prefix: moving a start index is O(1) per
 * dropped call, where filtering every stamp on each KMS call cost O(calls in the last
 * second), a large share of a PutObject's time at a thousand requests a second (issue 10).
 */
export function createQuotaWindow(requestsPerSecond: number, from: number[] = []): QuotaWindow {
  let stamps: number[] = [...from].sort((a, b) => a - b);
  let start = 0;
  const prune = (nowMs: number) => {
    const cutoff = nowMs - QUOTA_WINDOW_MS;
    while (start < stamps.length && stamps[start]! <= cutoff) start++;
    // Drop the pruned prefix once it is most of the array, so memory stays that of the last second's calls.
    if (start > 64 && start * 2 > stamps.length) {
      stamps = stamps.slice(start);
      start = 0;
    }
  };
  const live = () => stamps.length - start;
  return {
    limit: requestsPerSecond,
    count(nowMs) {
      prune(nowMs);
      return live();
    },
    wouldExceed(nowMs) {
      prune(nowMs);
      return live() >= requestsPerSecond;
    },
    record(nowMs) {
      // A simulated clock can be set back: keep the order by inserting where the stamp belongs.
      let at = stamps.length;
      while (at > start && stamps[at - 1]! > nowMs) at--;
      stamps.splice(at, 0, nowMs);
    },
    fork: () => createQuotaWindow(requestsPerSecond, stamps.slice(start)),
  };
}

export const THROTTLING_MESSAGE =
  'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.';
