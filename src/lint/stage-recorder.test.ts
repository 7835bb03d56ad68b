import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * "Each stage records through a recorder bound to its own name" (issue 10). The runner
 * (pipeline/run.ts) makes one recorder per stage and hands it to that stage; a stage or an
 * operation handler never makes a recorder for a stage name of its choosing, and nothing but the
 * recorder appends to the trace.
 */
const root = join(import.meta.dirname, '..', 'engine', 's3');
const runner = 'pipeline/run.ts';
const recorderModule = 'pipeline/recorder.ts';

/** A call that makes a recorder, or a direct append to a trace. */
const makesRecorder = /(?<![\w.])recorder\(/;
const pushesStep = /\btrace\.push\(/;

const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('stage recorders', () => {
  it.each([
    { text: "const record = recorder(x, 'crypto');", rule: makesRecorder, found: true },
    { text: "record.pass('Stored', 'S3 stored it.');", rule: makesRecorder, found: false },
    { text: 'x.trace.push(step);', rule: pushesStep, found: true },
    { text: 'parts.push(await encryptPart(x));', rule: pushesStep, found: false },
  ])('the detector reads "$text" as $found', ({ text, rule, found }) => {
    expect(rule.test(text)).toBe(found);
  });

  it('only the runner makes recorders, and only the recorder appends to the trace', () => {
    const offenders = sources(root).flatMap((file) => {
      const name = relative(root, file);
      const text = stripComments(readFileSync(file, 'utf8'));
      return [
        ...(name !== runner && name !== recorderModule && makesRecorder.test(text)
          ? [`${name} makes a recorder`]
          : []),
        ...(name !== recorderModule && pushesStep.test(text) ? [`${name} pushes a trace step`] : []),
      ];
    });
    expect(offenders).toEqual([]);
  });
});
