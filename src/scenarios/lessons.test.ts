import { describe, expect, it } from 'vitest';
import { parseScenarioFile, runScenario, serializeScenario } from '../engine/index.ts';
import { LESSONS } from './index.ts';

// Lessons run against the real engine: each expectation is AWS behaviour (see the lesson's source),
// so a failure here is either a wrong lesson or an engine bug, never something to relax.
describe('every lesson passes against the simulated S3', { timeout: 30_000 }, () => {
  it.each(LESSONS.map((lesson) => ({ name: lesson.id, lesson })))('$name', async ({ lesson }) => {
    const run = await runScenario(lesson.scenario);
    expect(run.broken).toBeUndefined();
    expect(run.steps.flatMap((step) => step.mismatches.map((m) => `step ${step.index}: ${m.line}`))).toEqual(
      [],
    );
    expect(run.passed).toBe(true);
  });
});

describe('runScenario is deterministic and export round-trips', { timeout: 30_000 }, () => {
  it('gives the same answers, version ids included, on every run', async () => {
    const lesson = LESSONS.find((item) => item.id === 'copy-in-place-changes-encryption');
    if (lesson === undefined) throw new Error('lesson missing');
    const [first, second] = await Promise.all([runScenario(lesson.scenario), runScenario(lesson.scenario)]);
    expect(second.steps.map((step) => step.headers)).toEqual(first.steps.map((step) => step.headers));
  });

  it.each(LESSONS.map((lesson) => ({ name: lesson.id, lesson })))(
    '$name exports and imports unchanged',
    ({ lesson }) => {
      expect(parseScenarioFile(serializeScenario(lesson.scenario))).toEqual({
        ok: true,
        value: [lesson.scenario],
      });
    },
  );
});

describe('a set-up S3 would refuse makes the scenario broken', () => {
  it('reports a public policy under Block Public Access with the set-up path', async () => {
    const parsed = parseScenarioFile(
      JSON.stringify({
        id: 'public-policy',
        title: 'A public policy on a bucket that blocks public policies',
        setup: {
          policy: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::test-bucket/*',
              },
            ],
          },
        },
        steps: [{ request: { operation: 'GetBucketPolicy' }, expect: { status: 200 } }],
      }),
    );
    if (!parsed.ok || parsed.value[0] === undefined) throw new Error('fixture must parse');
    const run = await runScenario(parsed.value[0]);
    expect(run).toMatchObject({ passed: false, steps: [] });
    expect(run.broken?.reason).toMatch(/^setup\.policy: \S/);
  });
});
