import { lazy, Suspense, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing } from '../common/PanelBoundary.tsx';
import { OpenFileButton } from '../lesson-files/OpenFileButton.tsx';
import { ResetWorkspace } from './ResetWorkspace.tsx';
import { ShareButton } from './ShareButton.tsx';

// The scenario writer comes with the dialog, fetched on the first "Save as lesson".
const SaveLessonDialog = lazy(() =>
  import('../lesson-files/SaveLessonDialog.tsx').then((m) => ({ default: m.SaveLessonDialog })),
);

const selectTheme = (s: PlaygroundState) => s.theme;
const selectOpenGallery = (s: PlaygroundState) => s.openGallery;
const selectSetPresenter = (s: PlaygroundState) => s.setPresenter;
const selectSetStartHere = (s: PlaygroundState) => s.setStartHere;
const selectSetTheme = (s: PlaygroundState) => s.setTheme;
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectSetLarge = (s: PlaygroundState) => s.setLargeText;
const selectIncludeKeys = (s: PlaygroundState) => s.includeKeys;
const selectSetIncludeKeys = (s: PlaygroundState) => s.setIncludeKeys;

/** `onPaste` opens the "Paste from AWS CLI" dialog, which the layout loads on first use. */
export function Header({ onPaste }: { onPaste(): void }) {
  const [saving, setSaving] = useState(false);
  const openGallery = usePlayground(selectOpenGallery);
  const setPresenter = usePlayground(selectSetPresenter);
  const setStartHere = usePlayground(selectSetStartHere);
  const theme = usePlayground(selectTheme);
  const setTheme = usePlayground(selectSetTheme);
  const large = usePlayground(selectLarge);
  const setLarge = usePlayground(selectSetLarge);
  const includeKeys = usePlayground(selectIncludeKeys);
  const setIncludeKeys = usePlayground(selectSetIncludeKeys);
  return (
    <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
      <h1 className="text-lg font-semibold">S3 Encryption Playground</h1>
      <div className="flex flex-wrap items-center gap-2">
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
        <label className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            className={focusRing}
            checked={includeKeys}
            onChange={(e) => setIncludeKeys(e.target.checked)}
          />
          Include keys in links and saved work
        </label>
        <button type="button" className={buttonClass} aria-pressed={large} onClick={() => setLarge(!large)}>
          Large text
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
        <button type="button" className={buttonClass} onClick={() => setStartHere(true)}>
          Help
        </button>
        <ResetWorkspace />
      </div>
      {saving ? (
        <Suspense fallback={null}>
          <SaveLessonDialog open={saving} onClose={() => setSaving(false)} />
        </Suspense>
      ) : null}
    </header>
  );
}
