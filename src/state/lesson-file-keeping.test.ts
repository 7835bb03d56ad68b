/**
 * A lesson opened from a file comes back after a reload, as a shipped lesson does (issue 8's
 * "never an embarrassment in front of the room"), unless it holds SSE-C keys and "Include keys"
 * is off, or is too large for site storage; each is said.
 */
import { describe, expect, it } from 'vitest';
import { serializeScenarioFile } from '../engine/index.ts';
import { lessonById } from '../scenarios/index.ts';
import { guardStorage, KEPT_FILE_LESSON_KEY, MAX_KEPT_LESSON_CHARS, memoryStorage } from './storage/index.ts';
import { settle, tab } from './testing/browser-tab.ts';

/** A shipped lesson under an id of its own, as a trainer's file. */
function fileOf(shipped: string, id: string): string {
  const scenario = lessonById(shipped)?.scenario;
  if (!scenario) throw new Error(`no lesson ${shipped}`);
  return serializeScenarioFile([{ ...scenario, id }]);
}

/** A page over fresh browser storage, saving as the app does; `kept()` reads the kept file as stored. */
async function savingPage() {
  const raw = memoryStorage();
  const page = tab(raw, '');
  await page.ready;
  const stop = page.persist();
  return { raw, page, stop, kept: () => guardStorage(() => raw).read(KEPT_FILE_LESSON_KEY) };
}

describe('a lesson opened from a file', () => {
  it('opens again after a reload at the same step, with the answers of the steps run, and is forgotten once closed', async () => {
    const { raw, page: first, stop, kept } = await savingPage();
    await first.store.getState().openLessonFile('my-session.json', fileOf('https-only-policy', 'my-session'));
    await first.store.getState().runLessonStep(2);
    await settle();
    expect(first.address()).toBe('#lesson=my-session&step=3');
    expect(kept()).toContain('"my-session"');
    stop();

    const second = tab(raw, first.address());
    const stopSecond = second.persist();
    await second.ready;
    const lesson = second.store.getState().lesson;
    expect([lesson?.scenario.id, lesson?.origin, lesson?.file?.name, lesson?.current]).toEqual([
      'my-session',
      'file',
      'my-session.json',
      2,
    ]);
    expect(lesson?.runs.map((run) => run?.response.status)).toEqual(
      first.store.getState().lesson?.runs.map((run) => run?.response.status),
    );
    second.store.getState().closeLesson();
    await settle();
    expect(kept()).toBeNull();
    stopSecond();
  });

  it.each([
    {
      name: 'holds SSE-C keys and "Include keys" is off',
      includeKeys: false,
      text: () => fileOf('sse-c-key-on-every-read', 'keys-inside'),
      says: '“mine.json” holds SSE-C keys, so it is not kept for a reload unless "Include keys" is ticked.',
    },
    {
      name: 'is larger than site storage takes',
      includeKeys: false,
      text: () => {
        const text = fileOf('https-only-policy', 'very-large');
        return text.replace('"description": "', `"description": "${'x'.repeat(MAX_KEPT_LESSON_CHARS)}`);
      },
      says: '“mine.json” is too large to keep in this browser: a reload will not open it again.',
    },
  ])('is not kept, and says so, when it $name', async ({ includeKeys, text, says }) => {
    const { page, stop, kept } = await savingPage();
    page.store.getState().setIncludeKeys(includeKeys);
    await page.store.getState().openLessonFile('mine.json', text());
    await settle();
    expect(page.store.getState().lesson?.origin).toBe('file');
    expect(kept()).toBeNull();
    expect(page.store.getState().loadNotice).toEqual({ kind: 'info', message: says });
    stop();
  });

  it('with SSE-C keys is kept once "Include keys" is ticked', async () => {
    const { page, stop, kept } = await savingPage();
    await page.store.getState().openLessonFile('mine.json', fileOf('sse-c-key-on-every-read', 'keys-inside'));
    await settle();
    expect(kept()).toBeNull();
    page.store.getState().setIncludeKeys(true);
    await settle();
    expect(kept()).toContain('"keys-inside"');
    stop();
  });
});
