/**
 * The tabs of one browser share its saved work (localStorage, IndexedDB), and the last to save
 * wins: a tab still open with older work would save it over what another tab saved since, and that
 * work was gone without a word. So a tab that saves a change of its own tells the others, and a
 * tab told so stops saving and shows its work beside the saved work (BesideSavedBar), where "Keep
 * this as my work" or "Back to my work" is the user's choice.
 */
import { KEY_PREFIX } from './browser-storage.ts';

export interface TabSaves {
  /** Tells the other tabs this one saved a change. */
  announce(): void;
  /** Calls the listener when another tab saved a change; returns a remover. */
  onOtherTabSaved(listener: () => void): () => void;
}

/** One tab alone (tests, the Node CLI, a browser without BroadcastChannel). */
export const noTabSaves: TabSaves = { announce: () => {}, onOtherTabSaved: () => () => {} };

let pageTabSaves: TabSaves | undefined;

/** The page's channel to the other tabs of this browser (a BroadcastChannel never hears its own messages). */
export function browserTabSaves(): TabSaves {
  pageTabSaves ??= openTabSaves();
  return pageTabSaves;
}

function openTabSaves(): TabSaves {
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(`${KEY_PREFIX}saves`);
  } catch {
    return noTabSaves;
  }
  return {
    announce: () => channel.postMessage('saved'),
    onOtherTabSaved: (listener) => {
      const heard = () => listener();
      channel.addEventListener('message', heard);
      return () => channel.removeEventListener('message', heard);
    },
  };
}
