import { useCallback, useRef, useState } from 'react';

/**
 * Keys typed into a scan field an instant before a scan belong to that scan: a scanner that stalls after its first
 * key (a busy USB hub, a loaded station) has that key judged as typing, and the rest arrives as the scan.
 */
export const STALLED_SCAN_MS = 400;

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
    const head = performance.now() - typedAt.current < STALLED_SCAN_MS ? current.current.trim() : '';
    current.current = '';
    setValue('');
    return head + code;
  }, []);
  const set = useCallback((next: string) => {
    current.current = next;
    setValue(next);
  }, []);
  return { value, change, join, set };
}
