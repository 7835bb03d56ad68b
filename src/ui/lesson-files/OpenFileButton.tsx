import { useEffect, useRef } from 'react';
import { usePlaygroundStore } from '../../state/context.tsx';
import { buttonClass } from '../common/PanelBoundary.tsx';
import { openFileAsLesson } from './read-lesson-file.ts';

/** "Open file": a scenario file from disk opens as a lesson (a dropped file does the same). */
export function OpenFileButton() {
  const store = usePlaygroundStore();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => input.current?.click()}>
        Open file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Lesson file to open"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void openFileAsLesson(store, file);
        }}
      />
    </>
  );
}

/** A file dropped anywhere on the page opens as a lesson; dropping anything else does nothing. */
export function useFileDrop(): void {
  const store = usePlaygroundStore();
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const onOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // A file dropped into the policy editor or a field is the page's to open, not the browser's.
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void openFileAsLesson(store, file);
    };
    addEventListener('dragover', onOver);
    addEventListener('drop', onDrop);
    return () => {
      removeEventListener('dragover', onOver);
      removeEventListener('drop', onDrop);
    };
  }, [store]);
}
