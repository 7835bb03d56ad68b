/**
 * The wildcard-action cache outlives every policy: what it keeps must not keep a policy's text
 * alive. An entry cut out of a large text is a V8 slice that holds the whole text, so the cache
 * stores its own copy. Measured with the collector, which this test turns on for itself.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { s3ActionsNamed } from './actions.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MIB = 1024 * 1024;

/** One large "policy" per round, with a wildcard entry no round shares, looked up as a slice of it. */
function lookUpSlicesOfLargeTexts(rounds: number): void {
  for (let i = 0; i < rounds; i++) {
    const entry = `s3:GetObject*Version${i}*`;
    const text = `${'x'.repeat(MIB)}"${entry}"${String(i).repeat(64)}`;
    const at = text.indexOf(entry);
    s3ActionsNamed(text.slice(at, at + entry.length));
  }
}

describe('the wildcard-action cache', () => {
  it('keeps none of the 20 MiB of policy texts its 20 entries were cut from', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    lookUpSlicesOfLargeTexts(20);
    gc();
    expect((process.memoryUsage().heapUsed - before) / MIB).toBeLessThan(4);
  });
});
