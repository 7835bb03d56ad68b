/**
 * Monaco from the local bundle, never from a CDN: @monaco-editor/react fetches Monaco from jsDelivr
 * unless `loader.config({ monaco })` hands it this instance. Imported only by the lazy editor, so
 * the first paint does not pay for Monaco.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

export { monaco };
