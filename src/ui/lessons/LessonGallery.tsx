import { LESSONS, type Lesson } from '../../scenarios/index.ts';
import { InlineMarkdown } from '../common/InlineMarkdown.tsx';
import { buttonClass } from '../common/PanelBoundary.tsx';

/** The shipped lessons; each can also be opened from a link `#lesson=<id>`. */
export function LessonGallery({ onOpen }: { onOpen(lesson: Lesson): void }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2" aria-label="Lessons">
      {LESSONS.map((lesson) => (
        <li
          key={lesson.id}
          className="flex flex-col gap-1 rounded border border-slate-200 p-3 dark:border-slate-700"
        >
          <h3 className="font-medium">{lesson.title}</h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <InlineMarkdown text={lesson.description} />
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">{lesson.tags.join(' · ')}</p>
          <div className="mt-auto flex items-center gap-2">
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
          </div>
        </li>
      ))}
    </ul>
  );
}
