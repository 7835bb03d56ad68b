/**
 * The account's shared KMS cryptographic-operations quota: successful GenerateDataKey and Decrypt
 * calls in the last simulated second (spec §2.8; docs/scenario-format.md "Setup"). Refused calls are
 * not counted.
 */
export interface QuotaWindow {
  /** Calls that succeeded in (now - 1000 ms, now]. */
  count(nowMs: number): number;
  wouldExceed(nowMs: number): boolean;
  record(nowMs: number): void;
}

export const QUOTA_WINDOW_MS = 1000;

export function createQuotaWindow(requestsPerSecond: number): QuotaWindow {
  let stamps: number[] = [];
  const prune = (nowMs: number) => {
    stamps = stamps.filter((t) => t > nowMs - QUOTA_WINDOW_MS);
  };
  return {
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
  };
}

export const THROTTLING_MESSAGE =
  'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.';
