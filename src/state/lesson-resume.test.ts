/** Issue 8: lessons keep their progress across a reload; a `#s=` link pasted into an open tab applies. */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from './persistence.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { toDto } from './share-dto.ts';
import { shareHash } from './share-link.ts';
import { guardStorage, memoryStorage, readLessonProgress } from './storage/index.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';
import { settle, tab } from './testing/browser-tab.ts';

const LESSON = 'https-only-policy';
const baseline = { policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP };

describe('a lesson across a reload', () => {
  it('reopens at the same step with the answers of the steps run before, including later ones', async () => {
    const raw = memoryStorage();
    const first = tab(raw, `#lesson=${LESSON}`);
    await first.ready;
    const stop = first.persist();
    await first.store.getState().runLessonStep(3);
    await first.store.getState().goToStep(1);
    await settle();
    expect(first.address()).toBe(`#lesson=${LESSON}&step=2`);
    expect(
      readLessonProgress(
        guardStorage(() => raw),
        LESSON,
      ),
    ).toMatchObject({ current: 1, lastRan: 3 });
    stop();

    const second = tab(raw, first.address());
    // As in the page: saving starts at once, while the lesson opens.
    const stopSecond = second.persist();
    await second.ready;
    const lesson = second.store.getState().lesson;
    expect(lesson?.scenario.id).toBe(LESSON);
    expect(lesson?.current).toBe(1);
    expect(lesson?.runs.map((run) => run?.response.status)).toEqual(
      first.store.getState().lesson?.runs.map((run) => run?.response.status),
    );
    expect(lesson?.runs.slice(0, 4).every((run) => run !== undefined)).toBe(true);
    expect(lesson?.ranFirst).toBeUndefined();
    // The trace beside it is step 2's own, not that of step 4, the last one run again.
    expect(second.store.getState().lastRun?.outcome).toBe(lesson?.runs[1]);
    await settle();
    expect(
      readLessonProgress(
        guardStorage(() => raw),
        LESSON,
      ),
    ).toMatchObject({ current: 1, lastRan: 3 });
    stopSecond();
  });

  it('says nothing of steps that "ran first" after a reload at the furthest step, reached in order', async () => {
    const raw = memoryStorage();
    const first = tab(raw, `#lesson=${LESSON}`);
    await first.ready;
    const stop = first.persist();
    for (const step of [0, 1, 2]) await first.store.getState().goToStep(step);
    await settle();
    expect(first.store.getState().lesson?.ranFirst).toBeUndefined();
    expect(first.address()).toBe(`#lesson=${LESSON}&step=3`);
    stop();

    const second = tab(raw, first.address());
    await second.ready;
    await settle();
    const lesson = second.store.getState().lesson;
    expect(lesson?.current).toBe(2);
    expect(lesson?.runs.slice(0, 3).every((run) => run !== undefined)).toBe(true);
    expect(lesson?.ranFirst).toBeUndefined();
  });

  it('opens a lesson with no progress saved at the address step, running only the steps up to it', async () => {
    const second = tab(memoryStorage(), `#lesson=${LESSON}&step=3`);
    await second.ready;
    expect(second.store.getState().lesson?.current).toBe(2);
    expect(second.store.getState().lesson?.runs.filter(Boolean)).toHaveLength(3);
  });
});

describe('a #s= link pasted into an open tab', () => {
  const link = (policyText: string) =>
    shareHash(
      { policyText, setup: DEFAULT_SETUP, draft: { ...DEFAULT_DRAFT, key: 'from-link.txt' } },
      baseline,
      false,
    );

  it('opens its workspace, beside saved work that differs', async () => {
    const raw = memoryStorage({
      [STORAGE_KEY]: JSON.stringify(
        toDto({ policyText: 'my own', setup: DEFAULT_SETUP, draft: DEFAULT_DRAFT }, baseline, false),
      ),
    });
    const page = tab(raw, '');
    await page.ready;
    const stop = page.persist();
    expect(page.store.getState().policyText).toBe('my own');
    page.paste(link('{"from": "the link"}'));
    await settle();
    expect(page.store.getState().policyText).toBe('{"from": "the link"}');
    expect(page.store.getState().draft.key).toBe('from-link.txt');
    expect(page.store.getState().besideSaved).toBe(true);
    expect(page.store.getState().worldStatus).toBe('ready');
    stop();
    expect(raw.getItem(STORAGE_KEY)).toContain('my own');
  });

  it('closes an open lesson and opens the link', async () => {
    const page = tab(memoryStorage(), `#lesson=${LESSON}`);
    await page.ready;
    const stop = page.persist();
    page.paste(link('{"in": "place"}'));
    await settle();
    expect(page.store.getState().lesson).toBeNull();
    expect(page.store.getState().policyText).toBe('{"in": "place"}');
    stop();
  });

  it('leaves the page as it was, with a notice, for a link that does not read', async () => {
    const page = tab(memoryStorage(), '');
    await page.ready;
    const stop = page.persist();
    const before = page.store.getState().policyText;
    page.paste('#s=not-a-link');
    await settle();
    expect(page.store.getState().policyText).toBe(before);
    expect(page.store.getState().loadNotice?.message).toMatch(/cannot be opened.*Your work is as it was/);
    stop();
  });
});
