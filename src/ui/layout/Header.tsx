import { lazy, Suspense, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass } from '../common/PanelBoundary.tsx';
import { OpenFileButton } from '../lesson-files/OpenFileButton.tsx';
import { ShareButton } from './ShareButton.tsx';
import { ViewControls } from './ViewControls.tsx';

// The scenario writer comes with the dialog, fetched on the first "Save as lesson".
const SaveLessonDialog = lazy(() =>
  import('../lesson-files/SaveLessonDialog.tsx').then((m) => ({ default: m.SaveLessonDialog })),
);

const selectOpenGallery = (s: PlaygroundState) => s.openGallery;
const selectSetPresenter = (s: PlaygroundState) => s.setPresenter;

/** `onPaste` opens the "Paste from AWS CLI" dialog, which the layout loads on first use. */
export function Header({ onPaste }: { onPaste(): void }) {
  const [saving, setSaving] = useState(false);
  const openGallery = usePlayground(selectOpenGallery);
  const setPresenter = usePlayground(selectSetPresenter);
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
      <h1 className="whitespace-nowrap text-base font-semibold">S3 Encryption Playground</h1>
      <div className="flex flex-wrap items-center gap-1.5">
        <button type="button" className={buttonClass} onClick={() => openGallery()}>
          Lessons
        </button>
        <button type="button" className={buttonClass} onClick={onPaste}>
          Paste from AWS CLI
        </button>
        <button type="button" className={buttonClass} aria-pressed={false} onClick={() => setPresenter(true)}>
          Presenter mode
        </button>
        <ShareButton />
        <button type="button" className={buttonClass} onClick={() => setSaving(true)}>
          Save as lesson
        </button>
        <OpenFileButton />
      </div>
      <ViewControls />
      {saving ? (
        <Suspense fallback={null}>
          <SaveLessonDialog open={saving} onClose={() => setSaving(false)} />
        </Suspense>
      ) : null}
    </header>
  );
}
