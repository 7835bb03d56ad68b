import { type RefCallback, useCallback, useRef, useState } from 'react';
import type { MonacoControls } from './MonacoPolicyEditor.tsx';

/**
 * Monaco replaces the plain textarea when its chunk arrives, a moment after the page is usable.
 * Someone already typing there, or sent there by "Try your own policy", would lose the cursor to
 * the page's body; the carry hands the caret over instead. A request for the cursor made while
 * neither editor is mounted waits for Monaco the same way. `ready` says Monaco is up.
 */
export function useCursorCarry() {
  const controls = useRef<MonacoControls | null>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const pending = useRef<number | null>(null);
  const [ready, setReady] = useState(false);

  // React 19 runs a ref's cleanup before the node leaves the document, so the focus is still there.
  const textareaRef: RefCallback<HTMLTextAreaElement> = useCallback((el) => {
    textarea.current = el;
    if (!el) return;
    return () => {
      if (el === document.activeElement) pending.current = el.selectionStart;
      textarea.current = null;
    };
  }, []);

  /** The cursor in the policy, at `offset` if given: now, or as soon as an editor is up. */
  const focus = useCallback((offset?: number) => {
    if (controls.current) controls.current.focusAt(offset);
    else if (textarea.current) {
      textarea.current.focus();
      if (offset !== undefined) textarea.current.setSelectionRange(offset, offset);
    } else pending.current = offset ?? 0;
  }, []);

  const monacoReady = useCallback((mounted: MonacoControls) => {
    controls.current = mounted;
    const offset = pending.current;
    pending.current = null;
    // Not if the person has gone on to something else meanwhile.
    const focusIsFree = document.activeElement === null || document.activeElement === document.body;
    if (offset !== null && focusIsFree) mounted.focusAt(offset);
    setReady(true);
  }, []);

  return { controls, textarea, textareaRef, focus, monacoReady, ready };
}
