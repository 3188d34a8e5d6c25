import { useEffect, useRef } from 'react';

/**
 * An Alt+key shortcut for the current screen. Matched on KeyboardEvent.code ("KeyC", "Digit1") so it works whatever
 * the keyboard layout or input method; Alt keeps it clear of scans and typing.
 */
export function useAltShortcut(code: string, run: () => void, enabled = true): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== code) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [code, enabled]);
}
