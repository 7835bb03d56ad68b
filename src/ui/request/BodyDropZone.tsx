import { type ReactNode, useState } from 'react';
import { operationInfo } from '../../engine/index.ts';
import { bodyDropPlan, unreadableFile } from '../../state/body-drop.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';

const selectOperation = (s: PlaygroundState) => s.draft.operation;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectSetFile = (s: PlaygroundState) => s.setBodyFile;

const carriesFiles = (event: React.DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * The body field as a drop target: object data is sent as the dropped file, a JSON input is read
 * into the field. The drop stays here (the page's own drop opens lesson files). A file over its
 * limit, or one the browser cannot read, gets a message at the field.
 */
export function BodyDropZone({ children }: { children: ReactNode }) {
  const operation = usePlayground(selectOperation);
  const setDraft = usePlayground(selectSetDraft);
  const setFile = usePlayground(selectSetFile);
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onDrop = async (event: React.DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    const plan = bodyDropPlan(operationInfo(operation).body, file.name, file.size);
    if ('refused' in plan) return setProblem(plan.refused);
    setProblem(null);
    if (plan.use === 'file') return setFile({ name: file.name, size: file.size, blob: file });
    try {
      setDraft({ bodyText: await file.text() });
    } catch {
      setProblem(unreadableFile(file.name));
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input and the text field are the keyboard's way to the same thing.
    <div
      data-drop-target="body"
      className={`flex flex-col gap-1 rounded ${over ? 'outline-2 outline-dashed outline-sky-600 dark:outline-sky-400' : ''}`}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => void onDrop(event)}
    >
      {children}
      {problem ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
