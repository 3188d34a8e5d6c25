import { useEffect } from 'react';
import { createWedgeKeyListener, type WedgeOptions } from '../../../shared/scan';
import { currentScanHandler } from './scan-router';
import { replayKeys, takeBackTyped } from './replay-keys';
import { OffFieldCollector, takesText } from './off-field-keys';

/**
 * Listens to every key on the window (capture phase, before any field sees it) and tells a keyboard-wedge scanner's
 * burst from a person typing. A scan goes to the screen that registered for scans, never into the focused field;
 * typing is given back to the focused field unchanged. Fields marked data-scan-field are left alone: whatever is
 * typed or scanned there is submitted with Enter by the field's own form. Keys pressed where no text can go (a button,
 * the page) are a code for the screen whatever their timing (see off-field-keys.ts).
 */
export function useWedgeScanner(options: Partial<WedgeOptions> = {}): void {
  const { maxInterKeyMs, minLength, prefix, suffix, terminator, idleTimeoutMs, burstGraceMs } = options;
  useEffect(() => {
    const settings: Partial<WedgeOptions> = Object.fromEntries(
      Object.entries({ maxInterKeyMs, minLength, prefix, suffix, terminator, idleTimeoutMs, burstGraceMs }).filter(([, v]) => v !== undefined),
    );
    const wedge = createWedgeKeyListener(settings, {
      onScan(scanned, head) {
        // Keys a stalled scanner sent before its pause went into the field as typing; they are the scan's start, if
        // they are still there to take back (else they were the person's, in another field, and stay theirs).
        const typed = head?.join('') ?? '';
        const value = typed && !takeBackTyped(typed) && scanned.startsWith(typed) ? scanned.slice(typed.length) : scanned;
        const handle = currentScanHandler();
        if (handle) handle(value);
        // No screen takes scans: the scan is typing into the focused field, terminator included.
        else replayKeys([...value, 'Enter']);
      },
      onTyped: replayKeys,
      now: () => performance.now(),
      schedule(ms, run) {
        const timer = window.setTimeout(run, ms);
        return () => window.clearTimeout(timer);
      },
    });
    // Keys this module re-dispatches itself are untrusted and must not be judged a second time. A field made for
    // scans (data-scan-field) takes keys as they come, scanner or person alike, and submits on Enter: nothing there
    // depends on timing. Keys already held are still released first, so none overtakes them.
    // Away from any text field, on a screen that takes scans, keys are collected until Enter without judging timing.
    const offField = new OffFieldCollector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.isComposing) return;
      const inScanField = event.target instanceof Element && event.target.closest('[data-scan-field]') !== null;
      if (inScanField && !wedge.detector.pending) {
        wedge.detector.passed(event.key);
        return;
      }
      const modified = event.ctrlKey || event.altKey || event.metaKey;
      if (takesText(event.target)) offField.clear();
      else if (!modified && !wedge.detector.pending && currentScanHandler()) {
        wedge.detector.passed(event.key);
        const result = offField.feed(event);
        if (result.kind === 'pass') return;
        event.preventDefault();
        if (result.kind === 'code') currentScanHandler()?.(result.value);
        return;
      }
      wedge.listener(event);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      wedge.dispose();
    };
  }, [maxInterKeyMs, minLength, prefix, suffix, terminator, idleTimeoutMs, burstGraceMs]);
}
