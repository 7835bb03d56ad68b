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

export function createQuotaWindow(requestsPerSecond: number, from: number[] = []): QuotaWindow {
  let stamps: number[] = from;
  const prune = (nowMs: number) => {
    stamps = stamps.filter((t) => t > nowMs - QUOTA_WINDOW_MS);
  };
  return {
    limit: requestsPerSecond,
    count(nowMs) {
      prune(nowMs);
      return stamps.length;
    },
    wouldExceed(nowMs) {
      prune(nowMs);
      return stamps.length >= requestsPerSecond;
    },
    record(nowMs) {
      stamps.push(nowMs);
    },
    fork: () => createQuotaWindow(requestsPerSecond, [...stamps]),
  };
}

export const THROTTLING_MESSAGE =
  'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.';
