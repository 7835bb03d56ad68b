import { useEffect, useState } from 'react';
import { lessonById } from '../scenarios/index.ts';
import { type Boot, bootPlayground } from '../state/bootstrap.ts';
import { PlaygroundProvider, usePlayground } from '../state/context.tsx';
import { watchMatrix } from '../state/matrix-watch.ts';
import { browserLocalStorage } from '../state/storage/index.ts';
import type { PlaygroundState } from '../state/store.ts';
import { AppLayout } from './layout/AppLayout.tsx';

function boot(): Boot {
  return bootPlayground({
    hash: location.hash,
    storage: browserLocalStorage(),
    replaceHash: (hash) =>
      history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash),
    currentHash: () => location.hash,
    lessonById: (id) => lessonById(id)?.scenario,
    prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
    onLeave: (listener) => {
      addEventListener('pagehide', listener);
      return () => removeEventListener('pagehide', listener);
    },
  });
}

const selectTheme = (s: PlaygroundState) => s.theme;
const selectLarge = (s: PlaygroundState) => s.largeText;

/** Theme and projector text size on the root element, so rem-based sizes and native controls follow. */
function RootClasses() {
  const theme = usePlayground(selectTheme);
  const large = usePlayground(selectLarge);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.style.colorScheme = theme;
    root.style.fontSize = large ? '125%' : '';
  }, [theme, large]);
  return null;
}

export function App() {
  const [started] = useState(boot);
  useEffect(() => started.persist(), [started]);
  useEffect(() => watchMatrix(started.store), [started]);
  return (
    <PlaygroundProvider store={started.store}>
      <RootClasses />
      <AppLayout />
    </PlaygroundProvider>
  );
}
