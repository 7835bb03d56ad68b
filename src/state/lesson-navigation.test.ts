import { describe, expect, it, vi } from 'vitest';
import { deterministicDeps } from '../engine/index.ts';
import { lessonById } from '../scenarios/index.ts';
import { type AddressBar, followLessonAddress } from './lesson-navigation.ts';
import { testStore } from './testing/test-store.ts';

/** The address bar of a tab: a history of fragments, Back and Forward, and a typed-in link. */
function fakeBar() {
  const entries = [''];
  let at = 0;
  let listener: (hash: string) => void = () => undefined;
  const bar: AddressBar & {
    back(): void;
    forward(): void;
    type(hash: string): void;
    /** The browser's second event for one change (setting `location.hash` fires popstate and hashchange). */
    again(): void;
    /** An event that arrives late, for an address the page has rewritten since (hashchange is a task). */
    late(hash: string): void;
    entries: string[];
  } = {
    entries,
    currentHash: () => entries[at] ?? '',
    pushHash: (hash) => {
      entries.splice(at + 1, entries.length, hash);
      at = entries.length - 1;
    },
    replaceHash: (hash) => {
      entries[at] = hash;
    },
    onChange: (l) => {
      listener = l;
      return () => undefined;
    },
    back: () => {
      at--;
      listener(bar.currentHash());
    },
    forward: () => {
      at++;
      listener(bar.currentHash());
    },
    type: (hash) => {
      bar.pushHash(hash);
      listener(hash);
    },
    again: () => listener(bar.currentHash()),
    late: (hash) => listener(hash),
  };
  return bar;
}

const lookup = (id: string) => lessonById(id)?.scenario;
/** Navigation after an address change is asynchronous (a world is built, steps run). */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

async function tab(first = '') {
  const store = testStore({ deps: () => deterministicDeps(4) });
  await store.getState().loadWorld(store.getState().setup);
  const bar = fakeBar();
  bar.replaceHash(first);
  const follow = followLessonAddress(store, bar, async () => lookup);
  follow.listen();
  await follow.start(first);
  return { store, bar };
}

describe('the address bar and the open lesson follow each other', () => {
  it('a lesson link opens the lesson, and the address then names its step', async () => {
    const { store, bar } = await tab('#lesson=https-only-policy');
    expect(store.getState().lesson?.scenario.id).toBe('https-only-policy');
    expect(bar.currentHash()).toBe('#lesson=https-only-policy&step=1');
  });

  it('a link typed into an open tab opens it; each step is a history entry that Back and Forward revisit', async () => {
    const { store, bar } = await tab();
    bar.type('#lesson=sse-kms-disabled-key&step=3');
    await eventually(() => expect(store.getState().lesson?.runs.filter(Boolean)).toHaveLength(3));
    await store.getState().runLessonStep(3);
    expect(bar.currentHash()).toBe('#lesson=sse-kms-disabled-key&step=4');
    bar.back();
    await eventually(() => expect(store.getState().lesson?.current).toBe(2));
    bar.forward();
    await eventually(() => expect(store.getState().lesson?.current).toBe(3));
  });

  it('Back from a lesson returns to the user’s work; closing a lesson is an entry too', async () => {
    const { store, bar } = await tab();
    const own = store.getState().worldId;
    bar.type('#lesson=https-only-policy');
    await eventually(() => expect(store.getState().lesson?.runs).toEqual([]));
    store.getState().closeLesson();
    expect(bar.currentHash()).toBe('');
    bar.back();
    await eventually(() => expect(store.getState().lesson?.scenario.id).toBe('https-only-policy'));
    bar.forward();
    await eventually(() => expect(store.getState().lesson).toBeNull());
    expect(store.getState().worldId).toBe(own);
  });

  it('an unknown lesson opens the gallery with a one-line message', async () => {
    const { store } = await tab('#lesson=no-such-lesson');
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().gallery).toMatchObject({
      open: true,
      message: expect.stringMatching(/no-such-lesson/),
    });
  });

  it('a deck opens at its first lesson and the address keeps the deck', async () => {
    const { store, bar } = await tab('#deck=https-only-policy,sse-kms-disabled-key&title=Day+one');
    expect(store.getState().lesson?.scenario.id).toBe('https-only-policy');
    expect(store.getState().deck).toEqual({
      ids: ['https-only-policy', 'sse-kms-disabled-key'],
      title: 'Day one',
    });
    expect(bar.currentHash()).toBe(
      '#lesson=https-only-policy&step=1&deck=https-only-policy,sse-kms-disabled-key&title=Day+one',
    );
  });

  it('a pasted lesson link stays open when the page rewrote the address before the late second event', async () => {
    const { store, bar } = await tab();
    bar.type('#lesson=https-only-policy');
    // Saving the user's work rewrote the address (persistence.ts) before hashchange, a task, ran.
    bar.replaceHash('');
    bar.late('#lesson=https-only-policy');
    await eventually(() => expect(bar.currentHash()).toBe('#lesson=https-only-policy&step=1'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getState().lesson?.scenario.id).toBe('https-only-policy');
  });

  it('presenter mode is in the address in place, so a reload of it opens the step in presenter mode', async () => {
    const { store, bar } = await tab('#lesson=https-only-policy&step=2');
    const entries = bar.entries.length;
    store.getState().setPresenter(true);
    expect(bar.currentHash()).toBe('#lesson=https-only-policy&step=2&present');
    expect(bar.entries).toHaveLength(entries);

    const reloaded = await tab(bar.currentHash());
    expect(reloaded.store.getState().presenter).toBe(true);
    expect(reloaded.store.getState().lesson?.current).toBe(1);

    reloaded.store.getState().setPresenter(false);
    expect(reloaded.bar.currentHash()).toBe('#lesson=https-only-policy&step=2');
  });

  it('a step taken in presenter mode keeps it in the address, and Back to an entry without it does not leave it', async () => {
    const { store, bar } = await tab('#lesson=https-only-policy');
    store.getState().setPresenter(true);
    await store.getState().goToStep(1);
    expect(bar.currentHash()).toBe('#lesson=https-only-policy&step=2&present');
    bar.back();
    await eventually(() => expect(store.getState().lesson?.current).toBe(0));
    expect(store.getState().presenter).toBe(true);
    await eventually(() => expect(bar.currentHash()).toBe('#lesson=https-only-policy&step=1&present'));
  });

  it('a deck link set in an open tab, heard twice, opens its first lesson without running a step', async () => {
    const { store, bar } = await tab();
    bar.type('#deck=https-only-policy,sse-c-over-http-refused&title=Morning');
    bar.again();
    await eventually(() => expect(store.getState().lesson?.scenario.id).toBe('https-only-policy'));
    await eventually(() =>
      expect(bar.currentHash()).toBe(
        '#lesson=https-only-policy&step=1&deck=https-only-policy,sse-c-over-http-refused&title=Morning',
      ),
    );
    bar.again();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.getState().lesson?.runs.filter(Boolean)).toEqual([]);
  });
});
