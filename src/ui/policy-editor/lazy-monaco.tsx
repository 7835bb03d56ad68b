/**
 * Monaco for editors outside the bucket policy panel (the identity policy tabs): the same lazy
 * chunk as the bucket policy editor's, fetched after the first load. PolicyEditor, which is in the
 * first load, keeps its own `lazy()` so this module (and the import helper it needs) stays in the
 * chunk of the panel that uses it.
 */
import { lazy } from 'react';

export const LazyMonacoPolicyEditor = lazy(() => import('./MonacoPolicyEditor.tsx'));
