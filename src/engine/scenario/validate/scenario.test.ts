import { describe, it } from 'vitest';
import { expectRefusal, type RefusalCase, scenario, step, withSteps } from './test-fixtures.ts';

const cases: RefusalCase[] = [
  {
    name: 'a scenario without id, title or steps names each missing field',
    file: {},
    errors: [
      { path: 'id', message: 'is required' },
      { path: 'title', message: 'is required' },
      { path: 'steps', message: 'is required' },
    ],
  },
  {
    name: 'an unknown scenario field is an error naming the allowed ones',
    file: scenario({ name: 'x' }),
    errors: [
      {
        path: 'name',
        message:
          'unknown field "name" (allowed here: format, id, title, description, source, tags, setup, steps)',
      },
    ],
  },
  {
    name: 'an id with capitals breaks the id pattern',
    file: scenario({ id: 'Bad_Id' }),
    errors: [
      { path: 'id', message: 'must be lower-case letters, digits and hyphens ([a-z0-9-]+), not "Bad_Id"' },
    ],
  },
  {
    name: 'two scenarios with one id: the second is reported',
    file: { scenarios: [scenario(), scenario()] },
    errors: [{ path: 'scenarios[1].id', message: 'repeats the id "a-scenario" of scenarios[0]' }],
  },
  {
    name: 'an empty scenarios list is refused',
    file: { scenarios: [] },
    errors: [{ path: 'scenarios', message: 'must hold at least one scenario' }],
  },
  {
    name: 'a file with scenarios and another top-level member is refused',
    file: { scenarios: [scenario()], version: 1 },
    errors: [{ path: 'version', message: 'unknown field "version" (allowed here: format, scenarios)' }],
  },
  {
    name: 'a scenario with no step is refused',
    file: scenario({ steps: [] }),
    errors: [{ path: 'steps', message: 'must hold at least one step' }],
  },
  {
    name: 'a non-string tag is named by index',
    file: scenario({ tags: ['ok', 3] }),
    errors: [{ path: 'tags[1]', message: 'must be a tag (a non-empty string), not number 3' }],
  },
  {
    name: 'a negative afterMs is refused',
    file: withSteps([step({ operation: 'GetBucketEncryption' }, { afterMs: -1 })]),
    errors: [{ path: 'steps[0].afterMs', message: 'must be a whole number at least 0, not -1' }],
  },
  {
    name: 'an unknown step field is refused',
    file: withSteps([step({ operation: 'GetBucketEncryption' }, { wait: 3 })]),
    errors: [
      {
        path: 'steps[0].wait',
        message: 'unknown field "wait" (allowed here: request, expect, explain, afterMs)',
      },
    ],
  },
  {
    name: 'a member given twice is refused',
    file: '{"id": "a", "id": "b", "title": "t", "steps": [{"request": {"operation": "GetBucketEncryption"}}]}',
    errors: [{ path: 'id', message: 'is given twice in the same object' }],
  },
  {
    name: 'a top-level array is neither a scenario nor a file',
    file: '[]',
    errors: [{ path: '', message: 'must be a scenario object, not an array' }],
  },
];

describe('parseScenarioFile refuses a scenario file the format does not allow', () => {
  it.each(cases)('$name', (refusal) => expectRefusal(refusal));
});
