import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../engine/index.ts';
import { diagnosticsToMarkers, POLICY_MARKER_OWNER } from './diagnostic-markers.ts';
import { monaco } from './monaco-setup.ts';
import { registerPolicyLanguage } from './policy-language.ts';
import { POLICY_MODEL_PATH } from './policy-schema.ts';
import type { SnippetTarget } from './policy-snippets.ts';

type CodeEditor = Parameters<OnMount>[0];

/**
 * Monaco bound to the policy text, with the engine's diagnostics as markers. Loaded lazily by
 * PolicyEditor; `onReady` hands back a function that moves the cursor to a diagnostic.
 */
export default function MonacoPolicyEditor({
  value,
  onChange,
  dark,
  large,
  diagnostics,
  snippetTarget,
  onReady,
}: {
  value: string;
  onChange(text: string): void;
  dark: boolean;
  /** Projector mode: Monaco sizes its text in pixels, so it does not follow the root font size. */
  large: boolean;
  diagnostics: readonly Diagnostic[];
  snippetTarget: SnippetTarget;
  onReady(reveal: (diagnostic: Diagnostic) => void): void;
}) {
  const editorRef = useRef<CodeEditor | null>(null);
  const targetRef = useRef(snippetTarget);
  targetRef.current = snippetTarget;
  const diagnosticsRef = useRef(diagnostics);
  diagnosticsRef.current = diagnostics;

  const showMarkers = () => {
    const model = editorRef.current?.getModel();
    if (model)
      monaco.editor.setModelMarkers(model, POLICY_MARKER_OWNER, diagnosticsToMarkers(diagnosticsRef.current));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: markers follow the diagnostics (read through the ref)
  useEffect(showMarkers, [diagnostics]);

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    showMarkers();
    insertBlocksAsPaste(editor);
    onReady((diagnostic) => {
      const { start, end } = diagnostic.range;
      const range = new monaco.Range(start.line, start.column, end.line, end.column);
      editor.setSelection(range);
      editor.revealRangeInCenter(range);
      editor.focus();
    });
  };

  return (
    <Editor
      height="100%"
      language="json"
      path={POLICY_MODEL_PATH}
      theme={dark ? 'vs-dark' : 'vs'}
      value={value}
      onChange={(text) => onChange(text ?? '')}
      beforeMount={() => registerPolicyLanguage(monaco, () => targetRef.current)}
      onMount={handleMount}
      loading={null}
      options={{
        minimap: { enabled: false },
        fontSize: large ? 17 : 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        ariaLabel: 'Policy JSON',
        fixedOverflowWidgets: true,
        // Policies often arrive on one line (get-bucket-policy prints them so): wrap, never scroll sideways.
        wordWrap: 'on',
        // The textarea input path: it reports one-go insertions as `beforeinput`, which
        // insertBlocksAsPaste needs (Chromium's EditContext path does not fire it).
        editContext: false,
      }}
    />
  );
}

/**
 * Text inserted in one go (dictation, an IME commit, a password manager, browser automation) reaches
 * Monaco as typing, which it replays character by character with auto-closing brackets and
 * auto-indent: a pretty-printed policy would come out with extra indentation and doubled closing
 * brackets, i.e. invalid JSON. A multi-line insertion is inserted as the paste it is.
 */
function insertBlocksAsPaste(editor: CodeEditor) {
  editor.getDomNode()?.addEventListener(
    'beforeinput',
    (event) => {
      const text = event.data;
      if (event.inputType !== 'insertText' || text === null || !text.includes('\n')) return;
      event.preventDefault();
      editor.trigger('keyboard', 'paste', { text, pasteOnNewLine: false, multicursorText: null, mode: null });
    },
    true,
  );
}
