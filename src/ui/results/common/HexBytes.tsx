import { spacedHex } from '../format/bytes.ts';

/** Hex as the engine writes it ("0aff…"), spaced per byte, the first `limit` bytes, labelled. */
export function HexBytes({ label, hex, limit = 16 }: { label: string; hex: string; limit?: number }) {
  return (
    <div className="min-w-0 text-xs">
      <span className="text-slate-500 dark:text-slate-400">{label}: </span>
      <code className="font-mono break-all">{hex === '' ? '(empty)' : spacedHex(hex, limit)}</code>
    </div>
  );
}
