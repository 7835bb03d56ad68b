import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, primaryButtonClass } from '../common/PanelBoundary.tsx';
import { useLessonCatalog } from './use-catalog.ts';

const selectDeck = (s: PlaygroundState) => s.deck;
const selectLessonId = (s: PlaygroundState) => s.lesson?.scenario.id;
const selectOpen = (s: PlaygroundState) => s.openLesson;

/** A deck's place and its two ways on: "Lesson 2 of 5", "Previous lesson", "Next lesson". */
export function DeckBar({ finished }: { finished: boolean }) {
  const deck = usePlayground(selectDeck);
  const id = usePlayground(selectLessonId);
  const open = usePlayground(selectOpen);
  const catalog = useLessonCatalog(deck !== null);
  if (!deck || id === undefined) return null;
  const at = deck.ids.indexOf(id);
  const last = at >= 0 && at === deck.ids.length - 1;
  const onward = at >= 0 && !last && catalog !== null;
  const go = (index: number) => {
    const next = deck.ids[index];
    const scenario = next === undefined ? undefined : catalog?.lessonById(next)?.scenario;
    if (scenario) void open(scenario);
  };
  return (
    <nav aria-label="Deck" className="flex flex-wrap items-center gap-2 text-sm">
      {deck.title ? <span className="font-medium">{deck.title}</span> : null}
      <span>
        {at >= 0 ? `Lesson ${at + 1} of ${deck.ids.length}` : `Not in this deck of ${deck.ids.length}`}
      </span>
      <button type="button" className={buttonClass} disabled={at <= 0 || !catalog} onClick={() => go(at - 1)}>
        Previous lesson
      </button>
      {/* Highlighted only when it leads somewhere: after the deck's last lesson there is nothing next. */}
      <button
        type="button"
        className={finished && onward ? primaryButtonClass : buttonClass}
        disabled={!onward}
        onClick={() => go(at + 1)}
      >
        Next lesson
      </button>
      {last ? <span className="text-slate-600 dark:text-slate-400">Last lesson of the deck</span> : null}
    </nav>
  );
}
