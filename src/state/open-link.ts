/**
 * A `#s=` share link pasted into a tab that is already open (issue 8, "links navigate, in every
 * tab"): its workspace replaces the one on screen, as on a first load. The saved work is never
 * overwritten by it: when the saved work (or the bucket's objects, kept across reloads) differ from
 * the link, it opens beside them, and "Back to my work" brings them back. A link that does not
 * read is said in a notice and the page stays as it was. A link that holds exactly what is on
 * screen (Back or Forward to the page's own address) changes nothing.
 */
import type { WorldSnapshot } from '../engine/index.ts';
import { loadCodec } from './codec-loader.ts';
import { workspaceOf } from './persistence.ts';
import { type Baseline, toDto } from './share-dto.ts';
import { decodeLink, opensBesideSaved, UNCHECKED_LINK_NOTE } from './share-link.ts';
import type { PlaygroundStore } from './store.ts';

export interface LinkContext {
  baselineOf(lesson?: string): Baseline;
  /** The saved workspace text (browser storage), to tell whether the link opens beside it. */
  saved(): string | null;
}

const holdsObjects = (snapshot: WorldSnapshot | null) =>
  snapshot?.buckets.some((bucket) => bucket.objects.length > 0 || bucket.uploads.length > 0) ?? false;

export async function openShareLink(store: PlaygroundStore, payload: string, context: LinkContext) {
  await loadCodec();
  const decoded = decodeLink(payload, context.baselineOf);
  if (!decoded.ok) {
    store.getState().setLoadNotice({ kind: 'error', message: `${decoded.error} Your work is as it was.` });
    return;
  }
  const link = decoded.value.workspace;
  const state = store.getState();
  const baseline = context.baselineOf();
  const dto = (w: Parameters<typeof toDto>[0]) => JSON.stringify(toDto(w, baseline, true));
  const { lesson: _, ...own } = link;
  if (dto(own) === dto(workspaceOf(state, undefined))) return;
  const beside =
    state.besideSaved ||
    opensBesideSaved(link, context.saved(), context.baselineOf) ||
    holdsObjects(state.snapshot);
  store.setState({ draft: link.draft, pins: link.pins ?? [], besideSaved: beside, bodyFile: null });
  store
    .getState()
    .setLoadNotice(decoded.value.unchecked ? { kind: 'info', message: UNCHECKED_LINK_NOTE } : null);
  void store.getState().setPolicyText(link.policyText);
  await store.getState().loadWorld(link.setup);
  store.setState({ lastRun: null, history: [] });
}
