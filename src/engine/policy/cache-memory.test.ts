/**
 * The policy module's caches outlive every policy: what they keep must not keep a policy's text
 * alive. A value cut out of a large text is a V8 slice that holds the whole text, so each cache
 * stores copies (own-copy.ts). Measured with the collector, which this file turns on for itself.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { s3ActionsNamed } from './catalog/actions.ts';
import { prepareValue } from './evaluate/condition-values.ts';
import { stringLike } from './operators/string-like.ts';
import { compileGlob } from './operators/values/glob.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MIB = 1024 * 1024;

const caches = [
  {
    name: 'the wildcard-action cache',
    entry: (i: number) => `s3:GetObject*Version${i}*`,
    lookUp: s3ActionsNamed,
  },
  { name: 'the glob cache', entry: (i: number) => `arn:aws:s3:::bucket-${i}/*`, lookUp: compileGlob },
  {
    name: 'the condition-value cache',
    entry: (i: number) => `vpce-0123456789abcdef${i}`,
    lookUp: (value: string) => prepareValue(stringLike, value),
  },
];

describe.each(caches)('$name', ({ entry, lookUp }) => {
  it('keeps none of the 20 MiB of policy texts its 20 entries were cut from', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) {
      const value = entry(i);
      const text = `${'x'.repeat(MIB)}"${value}"${String(i).repeat(64)}`;
      const at = text.indexOf(value);
      lookUp(text.slice(at, at + value.length));
    }
    gc();
    expect((process.memoryUsage().heapUsed - before) / MIB).toBeLessThan(4);
  });
});
