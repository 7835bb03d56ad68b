import { lazy, Suspense, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { BucketPanel } from '../bucket/BucketPanel.tsx';
import { Panel } from '../common/Panel.tsx';
import { PanelBoundary } from '../common/PanelBoundary.tsx';
import { KmsPanel } from '../kms/KmsPanel.tsx';
import { useFileDrop } from '../lesson-files/OpenFileButton.tsx';
import { LessonPlayer } from '../lessons/LessonPlayer.tsx';
import { PolicyEditorFrame } from '../policy-editor/PolicyEditorFrame.tsx';
import { usePresenterKeys } from '../presenter/presenter-keys.ts';
import { RequestBuilder } from '../request/RequestBuilder.tsx';
import { BesideSavedBar } from './BesideSavedBar.tsx';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { ResultTabs } from './ResultTabs.tsx';
import { StartHere } from './StartHere.tsx';

const selectPresenter = (s: PlaygroundState) => s.presenter;
const selectGalleryWanted = (s: PlaygroundState) => s.gallery.wanted === true;

// The gallery brings the lesson catalog: fetched on the first "Lessons" click, not in the first load.
const LessonDialog = lazy(() =>
  import('../lessons/LessonDialog.tsx').then((m) => ({ default: m.LessonDialog })),
);
// The workbench panels load after the first paint (they are below the fold at 1366×768).
const RequestMatrix = lazy(() =>
  import('../matrix/RequestMatrix.tsx').then((m) => ({ default: m.RequestMatrix })),
);
const PinsPanel = lazy(() => import('../pins/PinsPanel.tsx').then((m) => ({ default: m.PinsPanel })));
const PrincipalsPanel = lazy(() =>
  import('../principals/PrincipalsPanel.tsx').then((m) => ({ default: m.PrincipalsPanel })),
);
const RequestHistory = lazy(() =>
  import('../request/RequestHistory.tsx').then((m) => ({ default: m.RequestHistory })),
);
// Presenter mode is a trainer's projector view, fetched when it is first switched on.
const PresenterView = lazy(() =>
  import('../presenter/PresenterView.tsx').then((m) => ({ default: m.PresenterView })),
);
const PasteDialog = lazy(() => import('../paste/PasteDialog.tsx').then((m) => ({ default: m.PasteDialog })));

/**
 * Bucket and KMS on the left, policy and request in the middle, results on the right, each column
 * scrolling on its own (the results scroll under their tabs). Each scroller is `relative`, so
 * visually hidden table captions (position: absolute) stay inside it instead of stretching the
 * page. Below the `xl` breakpoint (1280px) they stack: policy and request first, then the
 * results, then the bucket and KMS settings.
 */
export function AppLayout() {
  const presenter = usePlayground(selectPresenter);
  // The gallery's chunk (with the lesson catalog) is fetched the first time the gallery opens.
  const galleryWanted = usePlayground(selectGalleryWanted);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteWanted, setPasteWanted] = useState(false);
  usePresenterKeys();
  useFileDrop();
  const dialog = galleryWanted ? (
    <Suspense fallback={null}>
      <LessonDialog />
    </Suspense>
  ) : null;
  if (presenter)
    return (
      <>
        <Suspense fallback={<div className="h-screen bg-slate-50 dark:bg-slate-950" />}>
          <PresenterView />
        </Suspense>
        {dialog}
      </>
    );
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 xl:h-screen dark:bg-slate-950 dark:text-slate-100">
      <Header
        onPaste={() => {
          setPasteWanted(true);
          setPasteOpen(true);
        }}
      />
      <Notices />
      <StartHere />
      <BesideSavedBar />
      <main className="grid flex-1 grid-cols-1 gap-2 p-2 xl:min-h-0 xl:grid-rows-[minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,1fr)_minmax(0,26rem)] 2xl:grid-cols-[21rem_minmax(0,1fr)_minmax(0,34rem)]">
        <div className="order-3 flex min-w-0 flex-col gap-2 relative xl:order-none xl:overflow-y-auto">
          <Panel title="Bucket">
            <BucketPanel />
          </Panel>
          <Panel title="KMS">
            <KmsPanel />
          </Panel>
          <Panel title="Principals">
            <Suspense fallback={null}>
              <PrincipalsPanel />
            </Suspense>
          </Panel>
        </div>
        <div className="order-1 flex min-w-0 flex-col gap-2 relative xl:order-none xl:overflow-y-auto">
          <PanelBoundary name="Lesson">
            <LessonPlayer />
          </PanelBoundary>
          <PolicyEditorFrame />
          <Panel title="Request">
            <RequestBuilder />
          </Panel>
          <Panel title="Request history">
            <Suspense fallback={null}>
              <RequestHistory />
            </Suspense>
          </Panel>
          <Panel title="Pinned expectations">
            <Suspense fallback={null}>
              <PinsPanel />
            </Suspense>
          </Panel>
          <Panel title="Request matrix">
            <Suspense fallback={null}>
              <RequestMatrix />
            </Suspense>
          </Panel>
        </div>
        <aside
          id="results"
          aria-label="Results"
          className="order-2 flex min-w-0 flex-col rounded border border-slate-200 bg-white p-2 xl:order-none xl:min-h-0 dark:border-slate-700 dark:bg-slate-900"
        >
          <ResultTabs />
        </aside>
      </main>
      {dialog}
      {pasteWanted ? (
        <Suspense fallback={null}>
          <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
