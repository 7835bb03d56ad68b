import { useId, useState } from 'react';
import { lessonById } from '../../scenarios/index.ts';
import { deckHash, MAX_DECK } from '../../state/lesson-address.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { inputClass, smallButtonClass } from '../common/PanelBoundary.tsx';

/** "Make a deck": the picked lessons in order (move up, down, remove), a title, and the link to copy. */
export function DeckMaker({ ids, onChange }: { ids: string[]; onChange(ids: string[]): void }) {
  const [title, setTitle] = useState('');
  const titleId = useId();
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [id] = next.splice(from, 1);
    if (id !== undefined) next.splice(to, 0, id);
    onChange(next);
  };
  const hash = deckHash(ids, title);
  const link = () => `${location.href.split('#')[0]}${hash}`;
  return (
    <section
      aria-label="New deck"
      className="flex flex-col gap-2 rounded border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950"
    >
      <p className="text-sm">
        Pick lessons with “Add to deck”, put them in order, then copy the link: it opens the first lesson,
        with “Next lesson” to the others.
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={titleId} className="text-sm font-medium">
          Deck title (optional)
        </label>
        <input
          id={titleId}
          className={inputClass}
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      {ids.length === 0 ? (
        <p className="text-sm italic">No lesson picked yet.</p>
      ) : (
        <ol aria-label="Lessons in the deck" className="flex flex-col gap-1">
          {ids.map((id, index) => {
            const name = lessonById(id)?.title ?? id;
            return (
              <li key={id} className="flex items-center gap-2 text-sm">
                <span className="w-6 text-right">{index + 1}.</span>
                <span className="flex-1">{name}</span>
                <button
                  type="button"
                  className={smallButtonClass}
                  disabled={index === 0}
                  aria-label={`Move up: ${name}`}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={smallButtonClass}
                  disabled={index === ids.length - 1}
                  aria-label={`Move down: ${name}`}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={smallButtonClass}
                  aria-label={`Remove from deck: ${name}`}
                  onClick={() => onChange(ids.filter((d) => d !== id))}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {ids.length > MAX_DECK ? <p role="alert">A deck holds at most {MAX_DECK} lessons.</p> : null}
      {ids.length > 0 && ids.length <= MAX_DECK ? (
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton label="Copy deck link" text={link} />
          <a className="text-sm text-sky-700 underline dark:text-sky-400" href={hash}>
            Open the deck
          </a>
          <code className="break-all text-xs">{hash}</code>
        </div>
      ) : null}
    </section>
  );
}
