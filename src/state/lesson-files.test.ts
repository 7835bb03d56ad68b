import { describe, expect, it } from 'vitest';
import { deterministicDeps, parseScenarioFile, runScenario } from '../engine/index.ts';
import { H } from './encryption-choice.ts';
import { lessonFileText, lessonFromSession } from './lesson-export.ts';
import { readLessonFile } from './lesson-import.ts';
import { testStore } from './testing/test-store.ts';

/** A store where a trainer applied the HTTPS-only policy, made a key and sent a few requests. */
async function session() {
  const store = testStore({ deps: () => deterministicDeps(9) });
  await store.getState().loadWorld(store.getState().setup);
  await store.getState().applyPolicy();
  store.getState().setDraft({ key: 'a.txt', bodyText: 'hello' });
  store.getState().setHeaders([{ name: H.sse, value: 'aws:kms' }]);
  await store.getState().send();
  store.getState().setHeaders([]);
  store.getState().setDraft({ operation: 'GetObject', https: false });
  await store.getState().send();
  store.getState().setDraft({ https: true });
  await store.getState().send();
  return store;
}

describe('Save as lesson', () => {
  it('writes a file that parses unchanged and passes the runner, with every answer as its expectation', async () => {
    const store = await session();
    const { sessionStart, session: entries } = store.getState();
    expect(entries.map((e) => e.outcome.response.status)).toEqual([204, 200, 400, 200]);
    const { scenario, skipped } = lessonFromSession(sessionStart, entries, {
      id: 'my-session',
      title: 'My session',
      explains: ['The policy goes on first.', '', 'Plain HTTP is refused.'],
      includeKeys: false,
    });
    expect(skipped).toBe(0);
    const text = lessonFileText(scenario);
    const parsed = parseScenarioFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value[0]?.steps.map((s) => s.explain)).toEqual([
      'The policy goes on first.',
      'S3 answered 200.',
      'Plain HTTP is refused.',
      'S3 answered 200.',
    ]);
    const run = await runScenario(parsed.value[0] ?? scenario);
    expect(run.steps.flatMap((s) => s.mismatches.map((m) => m.line))).toEqual([]);
    expect(run.passed).toBe(true);
  });

  it('leaves out a request carrying an SSE-C key unless keys are included', async () => {
    const store = await session();
    store.getState().setDraft({ operation: 'PutObject', key: 'c.txt' });
    store.getState().setEncryption('SSE-C');
    await store.getState().send();
    const { sessionStart, session: entries } = store.getState();
    const draft = { id: 'x', title: 'X', explains: [], includeKeys: false };
    expect(lessonFromSession(sessionStart, entries, draft).skipped).toBe(1);
    expect(lessonFromSession(sessionStart, entries, { ...draft, includeKeys: true }).skipped).toBe(0);
  });
});

describe('Open file', () => {
  it.each([
    { name: 'not JSON', text: '{ "id": ', message: /is not a lesson file: as a whole.*invalid JSON/ },
    {
      name: 'a step without an operation',
      text: JSON.stringify({ id: 'x', title: 'X', steps: [{ request: {} }] }),
      message: /at steps\[0\]\.request/,
    },
    { name: 'a bad id', text: JSON.stringify({ id: 'X Y', title: 'X', steps: [] }), message: /at id/ },
  ])('names the JSON path and what is wrong for $name', ({ text, message }) => {
    const read = readLessonFile('lesson.json', text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('opens a good file as a lesson, and a bad one leaves the workspace as it was', async () => {
    const store = await session();
    const before = store.getState().worldId;
    await store.getState().openLessonFile('bad.json', '[1,2');
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().worldId).toBe(before);
    expect(store.getState().loadNotice?.message).toMatch(/bad\.json/);
    const { sessionStart, session: entries } = store.getState();
    const { scenario } = lessonFromSession(sessionStart, entries, {
      id: 'saved',
      title: 'Saved',
      explains: [],
      includeKeys: false,
    });
    await store.getState().openLessonFile('saved.json', lessonFileText(scenario));
    expect(store.getState().lesson?.origin).toBe('file');
    await store.getState().runLessonStep(3);
    expect(store.getState().lesson?.mismatches.slice(0, 4)).toEqual([[], [], [], []]);
    store.getState().closeLesson();
    expect(store.getState().worldId).toBe(before);
  });
});
