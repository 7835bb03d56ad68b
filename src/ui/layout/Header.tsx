import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing } from '../common/PanelBoundary.tsx';
import { ShareButton } from './ShareButton.tsx';

const selectTheme = (s: PlaygroundState) => s.theme;
const selectSetTheme = (s: PlaygroundState) => s.setTheme;
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectSetLarge = (s: PlaygroundState) => s.setLargeText;
const selectIncludeKeys = (s: PlaygroundState) => s.includeKeys;
const selectSetIncludeKeys = (s: PlaygroundState) => s.setIncludeKeys;

export function Header({ onLessons, onPaste }: { onLessons(): void; onPaste(): void }) {
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
        <button type="button" className={buttonClass} onClick={onLessons}>
          Lessons
        </button>
        <button type="button" className={buttonClass} onClick={onPaste}>
          Paste from AWS CLI
        </button>
        <ShareButton />
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
      </div>
    </header>
  );
}
