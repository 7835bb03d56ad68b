/** The lesson catalog in a component, fetched (as its own chunk) once the component needs it. */
import { useEffect, useState } from 'react';
import { loadLessonCatalog } from './load-lessons.ts';

export type Catalog = Awaited<ReturnType<typeof loadLessonCatalog>>;

export function useLessonCatalog(enabled: boolean): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  useEffect(() => {
    if (!enabled || catalog) return;
    let live = true;
    loadLessonCatalog().then(
      (loaded) => {
        if (live) setCatalog(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, catalog]);
  return catalog;
}
