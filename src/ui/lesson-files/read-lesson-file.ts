/** Reads a chosen or dropped file as text for "Open file", refusing one too big before reading it. */
import { tooBig } from '../../state/lesson-file-limit.ts';
import type { PlaygroundStore } from '../../state/store.ts';

export async function openFileAsLesson(store: PlaygroundStore, file: File): Promise<void> {
  const refused = tooBig(file.name, file.size);
  if (refused) {
    store.getState().setLoadNotice({ kind: 'error', message: refused });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    store.getState().setLoadNotice({ kind: 'error', message: `“${file.name}” could not be read.` });
    return;
  }
  await store.getState().openLessonFile(file.name, text);
}
