import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../engine/index.ts';
import { diagnosticsToMarkers, POLICY_MARKER_OWNER } from './diagnostic-markers.ts';
import { monaco } from './monaco-setup.ts';
import { registerPolicyLanguage } from './policy-language.ts';
import { POLICY_MODEL_PATH } from './policy-schema.ts';
import type { SnippetTarget } from './policy-snippets.ts';

type CodeEditor = Parameters<OnMount>[0];

/**
 * The most text the editor takes from a paste, and past which (text from a link or saved work)
 * it drops its per-bracket work: a policy S3 takes is at most 20 KB, and a pasted megabyte on one
 * line, wrapped and its brackets coloured, froze the page for seconds at a time.
 */
const LARGE_TEXT_CHARS = 200_000;

/**
 * Options for a text too large to be a policy (no wrapping, bracket colours, guides or folding),
 * and Monaco's defaults to go back to, since an option left out keeps its last value.
 */
const textSizeOptions = (large: boolean, compact: boolean) =>
  ({
    wordWrap: large ? 'off' : 'on',
    bracketPairColorization: { enabled: !large },
    guides: { bracketPairs: false, indentation: !large },
    matchBrackets: large ? 'never' : 'always',
    folding: !large && !compact,
    occurrencesHighlight: large ? 'off' : 'singleFile',
  }) as const;

/** Lines of the statement to highlight (1-based, inclusive). */
export interface StatementHighlight {
  startLine: number;
  endLine: number;
  effect: 'Allow' | 'Deny';
}

/** What PolicyEditor can ask of the mounted editor. */
export interface MonacoControls {
  revealDiagnostic(diagnostic: Diagnostic): void;
  revealLine(line: number): void;
  /** The focus in the editor, with the cursor at this offset of the text if given. */
  focusAt(offset?: number): void;
  toggleTabFocus(): boolean;
}

/**
 * Monaco bound to the policy text, with the engine's diagnostics as markers. Loaded lazily by
 * PolicyEditor; `onReady` hands back a function that moves the cursor to a diagnostic.
 */
export default function MonacoPolicyEditor({
  value,
  onChange,
  dark,
  large: largeFont,
  diagnostics,
  snippetTarget,
  highlight,
  onReady,
  onTabFocusChange,
  path = POLICY_MODEL_PATH,
  ariaLabel = 'Policy JSON',
  compact = false,
}: {
  value: string;
  onChange(text: string): void;
  dark: boolean;
  /** Projector mode: Monaco sizes its text in pixels, so it does not follow the root font size. */
  large: boolean;
  diagnostics: readonly Diagnostic[];
  snippetTarget: SnippetTarget;
  highlight: StatementHighlight | null;
  onReady(controls: MonacoControls): void;
  /** Monaco's tab-focus mode changed (Tab moves focus instead of inserting spaces). */
  onTabFocusChange(on: boolean): void;
  /** Each editor its own model; policy completion applies to paths ending in POLICY_MODEL_PATH. */
  path?: string;
  ariaLabel?: string;
  /** A narrow column: a slim gutter, so the text keeps the width. */
  compact?: boolean;
}) {
  const editorRef = useRef<CodeEditor | null>(null);
  const [refusedPaste, setRefusedPaste] = useState<number | null>(null);
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

  const decorations = useRef<ReturnType<CodeEditor['createDecorationsCollection']> | null>(null);
  const highlightRef = useRef(highlight);
  highlightRef.current = highlight;
  const showHighlight = () => {
    const editor = editorRef.current;
    if (!editor) return;
    decorations.current ??= editor.createDecorationsCollection();
    const h = highlightRef.current;
    const kind = h?.effect === 'Deny' ? 'deny' : 'allow';
    decorations.current.set(
      h
        ? [
            {
              range: new monaco.Range(h.startLine, 1, h.endLine, 1),
              options: {
                isWholeLine: true,
                className: `policy-deciding-${kind}`,
                linesDecorationsClassName: `policy-deciding-gutter-${kind}`,
                hoverMessage: { value: `This statement decided the last request (${h.effect}).` },
              },
            },
          ]
        : [],
    );
    // The deciding statement may be below the fold (a long policy, warnings over the editor): the
    // note above says "Highlighted", so bring it into view, without moving the cursor or the focus.
    if (h) editor.revealLinesInCenterIfOutsideViewport(h.startLine, h.endLine);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the highlight follows its lines (read through the ref)
  useEffect(showHighlight, [highlight?.startLine, highlight?.endLine, highlight?.effect]);

  const options = {
    minimap: { enabled: false },
    // Sticky scroll pinned the enclosing `{` lines over the top of the view, half-covering the
    // highlighted deciding statement once revealed (a tester's projector screenshot).
    stickyScroll: { enabled: false },
    fontSize: largeFont ? 17 : 13,
    scrollBeyondLastLine: false,
    ...(compact ? { lineNumbersMinChars: 2, lineDecorationsWidth: 4, glyphMargin: false } : {}),
    automaticLayout: true,
    tabSize: 2,
    ariaLabel,
    fixedOverflowWidgets: true,
    // The textarea input path: it reports one-go insertions as `beforeinput`, which
    // insertBlocksAsPaste needs (Chromium's EditContext path does not fire it).
    editContext: false,
    // Policies often arrive on one line (get-bucket-policy prints them so): wrap, never scroll
    // sideways, unless the text is far too large to be one.
    ...textSizeOptions(value.length > LARGE_TEXT_CHARS, compact),
  } as const;

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    showMarkers();
    showHighlight();
    insertBlocksAsPaste(editor);
    refuseOversizedPaste(editor, setRefusedPaste);
    leaveWithEscapeThenTab(editor);
    const tabFocus = () => editor.getOption(monaco.editor.EditorOption.tabFocusMode);
    editor.onDidChangeConfiguration(() => onTabFocusChange(tabFocus()));
    onReady({
      revealDiagnostic: (diagnostic) => {
        const { start, end } = diagnostic.range;
        const range = new monaco.Range(start.line, start.column, end.line, end.column);
        editor.setSelection(range);
        editor.revealRangeInCenter(range);
        editor.focus();
      },
      revealLine: (line) => {
        editor.setSelection(new monaco.Range(line, 1, line, 1));
        editor.revealLineInCenter(line);
        editor.focus();
      },
      focusAt: (offset) => {
        const position = offset === undefined ? null : editor.getModel()?.getPositionAt(offset);
        if (position) {
          editor.setPosition(position);
          // A place asked for before Monaco was up (cursor-carry.ts) may be below the fold.
          editor.revealPositionInCenterIfOutsideViewport(position);
        }
        editor.focus();
      },
      toggleTabFocus: () => {
        editor.updateOptions({ tabFocusMode: !tabFocus() });
        onTabFocusChange(tabFocus());
        return tabFocus();
      },
    });
  };

  return (
    <div className="relative h-full">
      <Editor
        height="100%"
        language="json"
        path={path}
        theme={dark ? 'vs-dark' : 'vs'}
        value={value}
        onChange={(text) => {
          setRefusedPaste(null);
          onChange(text ?? '');
        }}
        beforeMount={() => registerPolicyLanguage(monaco, () => targetRef.current)}
        onMount={handleMount}
        loading={null}
        options={options}
      />
      {refusedPaste !== null ? (
        <p
          role="alert"
          className="absolute inset-x-1 bottom-1 z-10 flex items-start gap-2 rounded border border-amber-500 bg-amber-50 p-1.5 text-xs text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
        >
          <span className="flex-1">
            Not pasted: the policy would hold {refusedPaste.toLocaleString('en-US')} characters, and this
            editor takes at most {LARGE_TEXT_CHARS.toLocaleString('en-US')}. AWS takes far smaller policies
            (S3: 20 KB for a bucket policy).
          </span>
          <button
            type="button"
            onClick={() => setRefusedPaste(null)}
            className="rounded border border-amber-500 px-1 hover:bg-amber-100 dark:hover:bg-amber-900"
          >
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}

/**
 * A paste that would take the text past LARGE_TEXT_CHARS is refused before Monaco takes it (its
 * own listener sits on the hidden textarea inside; this one captures first), and `refused` gets
 * the length the text would have had.
 */
function refuseOversizedPaste(editor: CodeEditor, refused: (chars: number) => void) {
  editor.getDomNode()?.addEventListener(
    'paste',
    (event) => {
      const model = editor.getModel();
      const pasted = event.clipboardData?.getData('text/plain').length ?? 0;
      if (!model) return;
      const replaced = (editor.getSelections() ?? []).reduce(
        (chars, selection) => chars + model.getValueLengthInRange(selection),
        0,
      );
      const after = model.getValueLength() - replaced + pasted;
      if (after <= LARGE_TEXT_CHARS) return;
      event.preventDefault();
      event.stopPropagation();
      refused(after);
    },
    true,
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

/**
 * Escape, then Tab (or Shift+Tab), leaves the editor for the next (or previous) control, as the
 * editor's hint says: Escape turns Monaco's tab-focus mode on until the next other key or until
 * the editor loses focus, so the browser moves focus as it does everywhere else.
 */
function leaveWithEscapeThenTab(editor: CodeEditor) {
  let temporary = false;
  const restore = () => {
    if (!temporary) return;
    temporary = false;
    editor.updateOptions({ tabFocusMode: false });
  };
  editor.onKeyDown((event) => {
    if (event.keyCode === monaco.KeyCode.Escape) {
      if (!editor.getOption(monaco.editor.EditorOption.tabFocusMode)) {
        temporary = true;
        editor.updateOptions({ tabFocusMode: true });
      }
      return;
    }
    if (event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Shift) restore();
  });
  editor.onDidBlurEditorText(restore);
}
