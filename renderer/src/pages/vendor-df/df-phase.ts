import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';

/** What the packer does next with an order, read from its step, its packages and what the station still owes Amazon. */
export type DfPhase = 'acknowledge' | 'pack' | 'awaiting-labels' | 'labels' | 'awaiting-confirmation' | 'shipped' | 'cancelled';

export function unitsLeft(order: DfOrderDetail): number {
  return order.lines.reduce((n, l) => n + Math.max(0, l.ordered - l.packed), 0);
}

export function phaseOf(order: DfOrderDetail): DfPhase {
  const owed = order.sync.pending > 0;
  switch (order.step) {
    case 'cancelled':
    case 'shipped':
      return order.step;
    case 'new':
      return 'acknowledge';
    case 'acknowledged':
      return 'pack';
    case 'packing': {
      // Labels were asked for once everything is packed and closed; until Amazon sends them the order stays "packing".
      const packed = unitsLeft(order) === 0 && order.packages.length > 0 && order.packages.every((p) => p.status === 'closed');
      return packed && owed ? 'awaiting-labels' : 'pack';
    }
    case 'labelled':
      return owed ? 'awaiting-confirmation' : 'labels';
  }
}
