/** The `format` field (docs/scenario-format.md, "Versions"). */
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT_VERSION } from './format-version.ts';
import { parseScenarioFile } from './parse.ts';
import { serializeScenario, serializeScenarioFile } from './serialize.ts';
import { scenario } from './validate/test-fixtures.ts';

const errorsOf = (file: unknown) => {
  const result = parseScenarioFile(JSON.stringify(file));
  return result.ok ? [] : result.error.map(({ path, message }) => ({ path, message }));
};

describe('a file may say its format version at its top level', () => {
  it.each([
    { name: 'a file without "format" (version 1)', file: scenario() },
    { name: 'a single scenario that says version 1', file: { format: 1, ...scenario() } },
    { name: 'a list that says version 1', file: { format: 1, scenarios: [scenario()] } },
    { name: 'the current version', file: { format: SCENARIO_FORMAT_VERSION, scenarios: [scenario()] } },
  ])('reads $name', ({ file }) => {
    expect(errorsOf(file)).toEqual([]);
  });

  it('reads a versioned file to the same scenarios as the same file without the version', () => {
    const plain = parseScenarioFile(JSON.stringify({ scenarios: [scenario()] }));
    expect(parseScenarioFile(JSON.stringify({ format: 1, scenarios: [scenario()] }))).toEqual(plain);
  });
});

describe('a version this playground cannot read is one clear error at "format"', () => {
  it('names a newer version and the versions it reads, without listing the fields it added', () => {
    const newer = SCENARIO_FORMAT_VERSION + 1;
    expect(errorsOf({ format: newer, scenarios: [{ ...scenario(), futureField: true }] })).toEqual([
      {
        path: 'format',
        message: `is ${newer}: the file is written in scenario format version ${newer}, newer than this playground reads (versions 1 to ${SCENARIO_FORMAT_VERSION}); open it in a newer playground`,
      },
    ]);
  });

  it.each([
    { name: 'zero', value: 0 },
    { name: 'a fraction', value: 1.5 },
    { name: 'a string', value: '1' },
  ])('refuses $name as a version', ({ value }) => {
    expect(errorsOf({ format: value, scenarios: [scenario()] })).toEqual([
      {
        path: 'format',
        message: `must be the format version, a whole number from 1 (for example ${SCENARIO_FORMAT_VERSION}), not ${JSON.stringify(value)}`,
      },
    ]);
  });

  it('refuses "format" inside a scenario of a list, where it means nothing', () => {
    expect(errorsOf({ scenarios: [{ format: 1, ...scenario() }] })).toEqual([
      expect.objectContaining({ path: 'scenarios[0].format' }),
    ]);
  });
});

describe('the exporter writes the version its scenarios are written in', () => {
  it.each([
    { name: 'one scenario', text: serializeScenario(parseOne(2)), version: SCENARIO_FORMAT_VERSION },
    {
      name: 'a file of scenarios',
      text: serializeScenarioFile([parseOne(2)]),
      version: SCENARIO_FORMAT_VERSION,
    },
    // Version 1's body-less CompleteMultipartUpload means "every part uploaded"; written back as 1, it keeps that meaning.
    { name: 'a scenario read from a version 1 file', text: serializeScenario(parseOne()), version: 1 },
  ])('$name starts with "format": $version', ({ text, version }) => {
    expect(JSON.parse(text)).toMatchObject({ format: version });
    expect(Object.keys(JSON.parse(text))[0]).toBe('format');
  });
});

function parseOne(format?: number) {
  const result = parseScenarioFile(
    JSON.stringify(format === undefined ? scenario() : { format, ...scenario() }),
  );
  if (!result.ok) throw new Error('the fixture scenario must parse');
  const [only] = result.value;
  if (only === undefined) throw new Error('the fixture holds one scenario');
  return only;
}
