/**
 * Two tabs of one browser share its saved work. The tester's steps: tab A and tab B open the same
 * work, B sends an object, then A sends one. Before, A's save wrote over B's and B's object was
 * gone without a word; now A is told B saved, stops saving, and shows its work beside the saved work.
 */
import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../worker/host.ts';
import { bootPlayground } from './bootstrap.ts';
import { SCENE_KEY, type SceneFile } from './scene/scene-file.ts';
import { guardStorage, memoryKeyValueDb, memoryStorage, type TabSaves } from './storage/index.ts';
import { testBootEnv } from './testing/boot-env.ts';

/** A browser's tabs: what one announces, every other hears. */
function browserTabs() {
  const heard = new Map<number, Set<() => void>>();
  let next = 0;
  return (): TabSaves => {
    const me = next++;
    const mine = new Set<() => void>();
    heard.set(me, mine);
    return {
      announce: () => {
        for (const [tab, listeners] of heard) if (tab !== me) for (const listener of listeners) listener();
      },
      onOtherTabSaved: (listener) => {
        mine.add(listener);
        return () => mine.delete(listener);
      },
    };
  };
}

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function twoTabs() {
  const raw = memoryStorage();
  const db = memoryKeyValueDb();
  const tab = browserTabs();
  const open = async () => {
    const page = bootPlayground(
      testBootEnv(
        guardStorage(() => raw),
        { sceneDb: Promise.resolve(db), tabSaves: tab() },
      ),
      { engine: createEngineHost() },
    );
    await page.ready;
    const stop = page.persist();
    await settle(10);
    return { store: page.store, stop };
  };
  const a = await open();
  const b = await open();
  const saved = () =>
    ((db.data.get(SCENE_KEY) as SceneFile | undefined)?.entries ?? []).map((e) =>
      e.kind === 'send' ? e.request.key : e.kind,
    );
  return { a, b, saved };
}

describe('two tabs of one browser', () => {
  it('a tab opening the same work tells the other nothing', async () => {
    const { a, b } = await twoTabs();
    await settle(500);
    expect(a.store.getState().besideSaved).toBe(false);
    expect(b.store.getState().besideSaved).toBe(false);
    a.stop();
    b.stop();
  });

  it("an object sent in one tab makes the other stop saving over it, until the user keeps that tab's work", async () => {
    const { a, b, saved } = await twoTabs();
    await b.store.getState().sendRaw({ operation: 'PutObject', key: 'b1.txt', body: 'b' });
    await settle(10);
    expect(a.store.getState().besideSaved).toBe(true);
    await a.store.getState().sendRaw({ operation: 'PutObject', key: 'a2.txt', body: 'a' });
    await settle(900);
    expect(saved()).toContain('b1.txt');
    expect(saved()).not.toContain('a2.txt');
    // "Keep this as my work" in tab A: its work is saved, and tab B is told in turn.
    a.store.getState().setBesideSaved(false);
    await settle(900);
    expect(saved()).toContain('a2.txt');
    expect(b.store.getState().besideSaved).toBe(true);
    a.stop();
    b.stop();
  });
});
