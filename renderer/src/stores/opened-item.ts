import { errorMessage } from './searchable-list';

/**
 * Loads the item a list-and-detail store's view opens (a plan, an order, a shipment). The answer is kept only if the
 * view still opens that item, so a slow reply for an item the packer has already left never replaces the one on screen;
 * a failure is kept as the message the screen shows. Nothing is asked while the view opens no item.
 */
export async function loadOpened<T extends { id: string }>(
  openedId: () => string | undefined,
  fetch: (id: string) => Promise<T>,
  keep: (item: T) => void,
  fail: (message: string) => void,
): Promise<void> {
  const id = openedId();
  if (id === undefined) return;
  try {
    const item = await fetch(id);
    if (openedId() === item.id) keep(item);
  } catch (error) {
    fail(errorMessage(error));
  }
}
