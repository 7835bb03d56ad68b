import { describe, expect, it } from 'vitest';
import { parseRunnerArgs, USAGE } from './scenario-args.ts';

describe('parseRunnerArgs', () => {
  it.each([
    {
      name: 'no argument means everything shipped',
      argv: [],
      result: { ok: true, value: { json: false, paths: [] } },
    },
    {
      name: '--json anywhere switches to JSON',
      argv: ['a.json', '--json'],
      result: { ok: true, value: { json: true, paths: ['a.json'] } },
    },
    {
      name: 'after -- a dash is a file name',
      argv: ['--', '-odd.json'],
      result: { ok: true, value: { json: false, paths: ['-odd.json'] } },
    },
    {
      name: 'an unknown option is refused with the usage',
      argv: ['-v'],
      result: { ok: false, error: `unknown option -v\n${USAGE}` },
    },
  ])('$name', ({ argv, result }) => {
    expect(parseRunnerArgs(argv)).toEqual(result);
  });
});
