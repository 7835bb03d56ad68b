/**
 * The lesson catalog as its own chunk: fetched when the gallery opens or a start names a lesson,
 * never in the first load (issue 10's budget). Every use goes through here.
 */
import type { LessonLookup } from '../../state/start.ts';

export const loadLessonCatalog = () => import('../../scenarios/index.ts');

export const loadLessonLookup = async (): Promise<LessonLookup> => {
  const { lessonById } = await loadLessonCatalog();
  return (id) => lessonById(id)?.scenario;
};
