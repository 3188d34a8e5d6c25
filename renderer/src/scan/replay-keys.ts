/**
 * Keys the wedge detector held back and then judged typed by a person are given back to the focused element as if
 * they had never been held: characters are inserted where the caret is (through the editing pipeline, so React sees
 * an input event), Backspace/Delete edit, Enter submits the field's form, and other keys are re-dispatched.
 */
function editable(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (!(element instanceof HTMLInputElement)) return false;
  return !element.readOnly && !element.disabled && ['text', 'search', 'email', 'tel', 'url', 'password', ''].includes(element.type);
}

function dispatchKey(target: Element, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  return target.dispatchEvent(event);
}

/**
 * Takes back text given to the focused field a moment ago (a scan's stalled head), as a Backspace would: only when it
 * stands right before the caret, so nothing the person has typed since is touched. Whether it was taken back.
 */
export function takeBackTyped(text: string): boolean {
  const target = document.activeElement;
  if (!text || !editable(target)) return false;
  const end = target.selectionStart;
  if (end === null || target.selectionEnd !== end || end < text.length || target.value.slice(end - text.length, end) !== text) return false;
  target.setSelectionRange(end - text.length, end);
  return document.execCommand('delete');
}

export function replayKeys(keys: string[]): void {
  let text = '';
  const flushText = () => {
    if (!text) return;
    const target = document.activeElement;
    if (editable(target)) document.execCommand('insertText', false, text);
    text = '';
  };
  for (const key of keys) {
    if (key.length === 1) {
      text += key;
      continue;
    }
    flushText();
    const target = document.activeElement ?? document.body;
    const notCancelled = dispatchKey(target, key);
    if (!notCancelled) continue;
    if (key === 'Backspace' && editable(target)) document.execCommand('delete');
    else if (key === 'Delete' && editable(target)) document.execCommand('forwardDelete');
    else if (key === 'Enter' && target instanceof HTMLInputElement && target.form) {
      // After the inserted text has been rendered, as a real Enter would come after the keys before it.
      const form = target.form;
      window.setTimeout(() => form.isConnected && form.requestSubmit(), 0);
    }
  }
  flushText();
}
