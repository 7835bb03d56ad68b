/**
 * Start-up with the lessons loaded only when the start needs one: a `#lesson=` link, or a link or
 * saved work made inside a lesson (its fields are a difference from the lesson's set-up). Other
 * starts never fetch the lesson catalog, which keeps it out of the first load.
 */
import type { Scenario } from '../engine/index.ts';
import { baselineFor } from './baseline.ts';
import { type Boot, type BootEnvironment, bootPlayground } from './bootstrap.ts';
import { holdsShareLink, loadCodec } from './codec-loader.ts';
import { readLessonAddress } from './lesson-address.ts';
import { STALE_ADDRESS_KEY, STORAGE_KEY } from './persistence.ts';
import { readStart } from './share-link.ts';
import type { StoreInit } from './store.ts';
import { ownAddresses } from './tab-addresses.ts';

export type LessonLookup = (id: string) => Scenario | undefined;

export interface StartEnvironment extends Omit<BootEnvironment, 'lessonById'> {
  loadLessons(): Promise<LessonLookup>;
}

/** Whether reading the start names a lesson (read once with the defaults as every baseline). */
export function startNeedsLessons(env: Pick<StartEnvironment, 'hash' | 'storage' | 'tabStorage'>): boolean {
  let named = false;
  const { start } = readStart(
    env.hash,
    env.storage.read(STORAGE_KEY),
    (lesson) => {
      if (lesson !== undefined) named = true;
      return baselineFor(undefined);
    },
    ownAddresses(env.storage.read(STALE_ADDRESS_KEY), env.tabStorage),
  );
  void start;
  const address = readLessonAddress(env.hash);
  return named || (address.ok && address.address !== null);
}

export async function startPlayground(
  env: StartEnvironment,
  extra: Pick<StoreInit, 'engine'>,
): Promise<Boot> {
  let lessonById: LessonLookup = () => undefined;
  // A link is read at start (share-link.ts): its codec comes first.
  if (holdsShareLink(env.hash)) await loadCodec();
  if (startNeedsLessons(env)) {
    try {
      lessonById = await env.loadLessons();
    } catch {
      // Without the catalog the start reads as "no such lesson", which boot reports.
    }
  }
  return bootPlayground({ ...env, lessonById }, extra);
}
