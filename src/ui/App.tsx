import { use, useEffect } from 'react';
import type { Boot } from '../state/bootstrap.ts';
import { PlaygroundProvider, usePlayground } from '../state/context.tsx';
import { watchMatrix } from '../state/matrix-watch.ts';
import { startPlayground } from '../state/start.ts';
import {
  browserKeyValueDb,
  browserLocalStorage,
  browserSessionStorage,
  browserTabSaves,
} from '../state/storage/index.ts';
import type { PlaygroundState } from '../state/store.ts';
import { workerEngine } from '../worker/worker-port.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { loadLessonLookup } from './lessons/load-lessons.ts';

/** Reads the start (link, lesson, saved work), with the lessons fetched only if it names one. */
export function startApp(): Promise<Boot> {
  return startPlayground(
    {
      hash: location.hash,
      storage: browserLocalStorage(),
      tabStorage: browserSessionStorage(),
      tabSaves: browserTabSaves(),
      sceneDb: browserKeyValueDb(),
      replaceHash: (hash) =>
        history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash),
      currentHash: () => location.hash,
      pushHash: (hash) =>
        history.pushState(null, '', hash === '' ? location.pathname + location.search : hash),
      onAddressChange: (listener) => {
        // hashchange is queued as a task: by the time it runs the page may have rewritten the
        // address, so it reports the address it was fired for. popstate runs at once.
        const onHash = (event: HashChangeEvent) => listener(new URL(event.newURL).hash);
        const onPop = () => listener(location.hash);
        addEventListener('hashchange', onHash);
        addEventListener('popstate', onPop);
        return () => {
          removeEventListener('hashchange', onHash);
          removeEventListener('popstate', onPop);
        };
      },
      loadLessons: loadLessonLookup,
      prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
      onLeave: (listener) => {
        addEventListener('pagehide', listener);
        return () => removeEventListener('pagehide', listener);
      },
    },
    { engine: workerEngine() },
  );
}

const selectTheme = (s: PlaygroundState) => s.theme;
const selectLarge = (s: PlaygroundState) => s.largeText;
const selectPresenter = (s: PlaygroundState) => s.presenter;

/** Theme and projector text size on the root element, so rem-based sizes and native controls follow. */
function RootClasses() {
  const theme = usePlayground(selectTheme);
  const large = usePlayground(selectLarge);
  const presenter = usePlayground(selectPresenter);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.style.colorScheme = theme;
    // Presenter mode is for the back of the room: large text whatever the setting.
    root.style.fontSize = presenter ? '125%' : large ? '125%' : '';
  }, [theme, large, presenter]);
  return null;
}

export function App({ booting }: { booting: Promise<Boot> }) {
  const boot = use(booting);
  useEffect(() => boot.persist(), [boot]);
  useEffect(() => watchMatrix(boot.store), [boot]);
  return (
    <PlaygroundProvider store={boot.store}>
      <RootClasses />
      <AppLayout />
    </PlaygroundProvider>
  );
}
