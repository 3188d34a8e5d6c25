import { useState } from 'react';

/** The most units one scan may stand for; a larger count is far more likely a scan landing in the wrong field. */
export const MAX_UNITS_PER_SCAN = 10_000;

/** The units per scan a packer typed, or null while the text is not a whole number from 1 to MAX_UNITS_PER_SCAN. */
export function parseNextQuantity(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= MAX_UNITS_PER_SCAN ? n : null;
}

/**
 * The text of a units-per-scan field. It may hold what is not yet a quantity (an emptied field while typing); each
 * valid quantity goes to the store at once, and a quantity the store sets (such as the reset after a scan) replaces
 * the text. The owner of the text outlives the field where the field comes and goes with the scan target.
 */
export function useNextQuantityText(quantity: number, setQuantity: (n: number) => void) {
  const [text, setText] = useState(String(quantity));
  const [shown, setShown] = useState(quantity);
  if (quantity !== shown) {
    setShown(quantity);
    setText(String(quantity));
  }
  const change = (next: string) => {
    setText(next);
    const n = parseNextQuantity(next);
    if (n !== null) setQuantity(n);
  };
  return { text, change };
}
