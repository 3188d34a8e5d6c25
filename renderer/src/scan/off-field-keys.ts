/**
 * Keys pressed while focus is on something that takes no text (a button, a table, the page itself) on a screen that
 * takes scans. Nothing there could receive typing, so these keys are a scan (or a code typed by hand) whatever their
 * timing: they are collected until Enter and handed to the screen as one code. A busy station can stall between two
 * keys of a scan; timing alone would then split the scan and lose its first characters.
 *
 * Space and Enter keep their usual meaning (pressing the focused button) while nothing is collected. A partial code
 * left alone for a while is dropped, so stray keys never prefix the next scan.
 */
export interface OffFieldKey {
  key: string;
  timeStamp: number;
}

export type OffFieldResult = { kind: 'pass' } | { kind: 'held' } | { kind: 'code'; value: string } | { kind: 'cleared' };

/** A partial code older than this is dropped before the next key. */
export const STALE_AFTER_MS = 3000;

export class OffFieldCollector {
  private text = '';
  private lastAt = 0;

  get pending(): boolean {
    return this.text.length > 0;
  }

  feed(event: OffFieldKey): OffFieldResult {
    if (this.text && event.timeStamp - this.lastAt > STALE_AFTER_MS) this.text = '';
    if (event.key === 'Enter') {
      if (!this.text) return { kind: 'pass' };
      const value = this.text;
      this.text = '';
      return { kind: 'code', value };
    }
    if (event.key === 'Escape') {
      if (!this.text) return { kind: 'pass' };
      this.text = '';
      return { kind: 'cleared' };
    }
    if (event.key === 'Backspace' && this.text) {
      this.text = this.text.slice(0, -1);
      this.lastAt = event.timeStamp;
      return { kind: 'held' };
    }
    if (event.key.length !== 1 || (event.key === ' ' && !this.text)) return { kind: 'pass' };
    this.text += event.key;
    this.lastAt = event.timeStamp;
    return { kind: 'held' };
  }

  clear(): void {
    this.text = '';
  }
}

/** Whether an element takes typed text: there, typing stays typing unless the wedge detector calls it a scan. */
export function takesText(element: EventTarget | null): boolean {
  if (!(element instanceof Element)) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(element.type);
  return element.closest('[contenteditable=""], [contenteditable="true"]') !== null;
}
