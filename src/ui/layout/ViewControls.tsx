import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing } from '../common/PanelBoundary.tsx';
import { ResetWorkspace } from './ResetWorkspace.tsx';

const selectTheme = (s: PlaygroundState) => s.theme;
const selectSetTheme = (s: PlaygroundState) => s.setTheme;
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectSetLarge = (s: PlaygroundState) => s.setLargeText;
const selectIncludeKeys = (s: PlaygroundState) => s.includeKeys;
const selectSetIncludeKeys = (s: PlaygroundState) => s.setIncludeKeys;
const selectSetStartHere = (s: PlaygroundState) => s.setStartHere;

/** Square buttons: their accessible names and tooltips say what the short face does. */
const compactButtonClass = `${buttonClass} min-w-8 font-medium`;

/**
 * The header's right-hand group: how the page looks and what saved work includes. The faces are
 * short so the header keeps to one line at 1280 px; the names stay the words a screen reader
 * (and the tests) use.
 */
export function ViewControls() {
  const theme = usePlayground(selectTheme);
  const setTheme = usePlayground(selectSetTheme);
  const large = usePlayground(selectLarge);
  const setLarge = usePlayground(selectSetLarge);
  const includeKeys = usePlayground(selectIncludeKeys);
  const setIncludeKeys = usePlayground(selectSetIncludeKeys);
  const setStartHere = usePlayground(selectSetStartHere);
  const themeName = theme === 'dark' ? 'Light theme' : 'Dark theme';
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <label
        className="flex items-center gap-1 text-sm"
        title="SSE-C and client-side keys are left out unless this is ticked"
      >
        <input
          type="checkbox"
          className={focusRing}
          aria-label="Include keys in links and saved work"
          checked={includeKeys}
          onChange={(e) => setIncludeKeys(e.target.checked)}
        />
        Include keys
      </label>
      <button
        type="button"
        className={compactButtonClass}
        aria-label="Large text"
        title="Large text"
        aria-pressed={large}
        onClick={() => setLarge(!large)}
      >
        A+
      </button>
      <button
        type="button"
        className={compactButtonClass}
        aria-label={themeName}
        title={themeName}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
      </button>
      <button
        type="button"
        className={compactButtonClass}
        aria-label="Help"
        title="Help: what the three columns are"
        onClick={() => setStartHere(true)}
      >
        ?
      </button>
      <ResetWorkspace />
    </div>
  );
}

const iconProps = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  className: 'mx-auto',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
} as const;

function SunIcon() {
  return (
    <svg aria-hidden="true" {...iconProps}>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg aria-hidden="true" {...iconProps}>
      <path d="M13.5 10A6 6 0 0 1 6 2.5a6 6 0 1 0 7.5 7.5Z" />
    </svg>
  );
}
