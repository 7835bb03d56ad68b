import { useId, useState } from 'react';
import { LESSONS, type Lesson } from '../../scenarios/index.ts';
import { InlineMarkdown } from '../common/InlineMarkdown.tsx';
import { buttonClass, inputClass, smallButtonClass } from '../common/PanelBoundary.tsx';
import { DeckMaker } from './DeckMaker.tsx';
import { groupByTopic, searchLessons, topicOf } from './gallery-topics.ts';

/** The shipped lessons grouped by topic, with a search field and "Make a deck". */
export function LessonGallery({ onOpen }: { onOpen(lesson: Lesson): void }) {
  const [query, setQuery] = useState('');
  const [making, setMaking] = useState(false);
  const [deck, setDeck] = useState<string[]>([]);
  const searchId = useId();
  const found = searchLessons(LESSONS, query);
  const searching = query.trim() !== '';
  const toggle = (id: string) => setDeck(deck.includes(id) ? deck.filter((d) => d !== id) : [...deck, id]);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-medium">
            Search lessons
          </label>
          <input
            id={searchId}
            type="search"
            className={inputClass}
            value={query}
            maxLength={200}
            placeholder="e.g. bucket key, SSE-C, policy"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <button
          type="button"
          className={buttonClass}
          aria-pressed={making}
          onClick={() => setMaking(!making)}
        >
          Make a deck
        </button>
      </div>
      {making ? <DeckMaker ids={deck} onChange={setDeck} /> : null}
      {found.length === 0 ? <p className="text-sm">No lesson matches “{query}”.</p> : null}
      {/* A search lists the best-named lessons first, each with its topic; no search, by topic. */}
      {(searching ? rankedGroup(found, query) : groupByTopic(found)).map(({ topic, lessons }) => (
        <section key={topic} aria-label={topic} className="flex flex-col gap-2">
          <h3 className="font-semibold">{topic}</h3>
          <ul className="grid gap-2 sm:grid-cols-2">
            {lessons.map((lesson) => (
              <LessonCard
                key={lesson.id}
                lesson={lesson}
                topic={searching ? topicOf(lesson) : undefined}
                onOpen={onOpen}
                picking={making}
                picked={deck.includes(lesson.id)}
                onPick={() => toggle(lesson.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Search results as one group, best match first. */
function rankedGroup(found: Lesson[], query: string) {
  if (found.length === 0) return [];
  const count = found.length === 1 ? '1 lesson matches' : `${found.length} lessons match`;
  return [{ topic: `${count} “${query.trim()}”, best first`, lessons: found }];
}

function LessonCard({
  lesson,
  topic,
  onOpen,
  picking,
  picked,
  onPick,
}: {
  lesson: Lesson;
  /** Shown when the card is out of its topic's group (search results). */
  topic?: string | undefined;
  onOpen(lesson: Lesson): void;
  picking: boolean;
  picked: boolean;
  onPick(): void;
}) {
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-200 p-3 dark:border-slate-700">
      <h4 className="font-medium">{lesson.title}</h4>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <InlineMarkdown text={lesson.description} />
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {topic ? `${topic} — ` : ''}
        {lesson.tags.join(' · ')}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          aria-label={`Open lesson: ${lesson.title}`}
          onClick={() => onOpen(lesson)}
        >
          Open lesson
        </button>
        {/* The address is there to copy or open in a new tab; a plain click opens the lesson here. */}
        <a
          className="text-xs text-sky-700 underline dark:text-sky-400"
          href={`#lesson=${lesson.id}`}
          onClick={(event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onOpen(lesson);
          }}
        >
          Link to this lesson
        </a>
        {picking ? (
          <button
            type="button"
            className={smallButtonClass}
            aria-pressed={picked}
            aria-label={`${picked ? 'In the deck' : 'Add to deck'}: ${lesson.title}`}
            onClick={onPick}
          >
            {picked ? 'In the deck ✓' : 'Add to deck'}
          </button>
        ) : null}
      </div>
    </li>
  );
}
