import { useCallback, useRef, useState } from 'react';

/**
 * Keys typed into a scan field an instant before a scan belong to that scan: a scanner that stalls after its first
 * key (a busy USB hub, a loaded station) has that key judged as typing, and the rest arrives as the scan.
 */
export const STALLED_SCAN_MS = 400;

/** The code a scan stands for: the field's text typed less than STALLED_SCAN_MS before it is the scan's head. */
export function joinStalledHead(fieldText: string, typedAgoMs: number, scanned: string): string {
  return typedAgoMs >= 0 && typedAgoMs < STALLED_SCAN_MS ? fieldText.trim() + scanned : scanned;
}

/** A text field that also receives scans; `join` returns the scanned code with any just-typed head, and clears the field. */
export function useScanField(initial = '') {
  const [value, setValue] = useState(initial);
  const typedAt = useRef(0);
  const current = useRef(initial);
  const change = useCallback((next: string) => {
    typedAt.current = performance.now();
    current.current = next;
    setValue(next);
  }, []);
  const join = useCallback((code: string) => {
    const joined = joinStalledHead(current.current, performance.now() - typedAt.current, code);
    current.current = '';
    setValue('');
    return joined;
  }, []);
  const set = useCallback((next: string) => {
    current.current = next;
    setValue(next);
  }, []);
  return { value, change, join, set };
}
