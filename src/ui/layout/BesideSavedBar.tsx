import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass } from '../common/PanelBoundary.tsx';

const selectBeside = (s: PlaygroundState) => s.besideSaved;
const selectSetBeside = (s: PlaygroundState) => s.setBesideSaved;

/**
 * A share link opened beside the user's own saved work: say so, and offer both ways out. The same
 * happens when a tab reloads its own address after another tab saved other work (both tabs share
 * the browser's storage), so the words do not claim the address was shared. "Back to
 * my work" reopens the page without the link, so the saved work (never touched) is what loads.
 */
export function BesideSavedBar() {
  const beside = usePlayground(selectBeside);
  const setBeside = usePlayground(selectSetBeside);
  if (!beside) return null;
  return (
    <section
      aria-label="Shared link"
      className="mx-2 mt-2 flex flex-wrap items-center justify-between gap-2 rounded border border-violet-300 bg-violet-50 p-2 text-sm text-violet-950 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100"
    >
      <p>
        This address holds other work than the work saved in this browser (a shared link, or another tab saved
        since), so it opened beside your own work, which stays saved as it was. Changes made here are not
        saved unless you keep them.
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonClass} onClick={() => setBeside(false)}>
          Keep this as my work
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => location.replace(location.pathname + location.search)}
        >
          Back to my work
        </button>
      </div>
    </section>
  );
}
