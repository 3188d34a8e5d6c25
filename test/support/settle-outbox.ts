import type { Station } from '../../main/core/station';

/**
 * Sends a station's outbox until nothing is left to send or wait for; throws with the station's own error when an
 * entry fails, and with the counts when it has not settled within `maxMs`.
 */
export async function settleOutbox(station: Station, maxMs = 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    await station.sync.drain();
    const counts = station.outbox.counts();
    if (counts.failed > 0) {
      const failed = station.outbox.problems().find((p) => p.state === 'failed');
      throw new Error(`Outbox entry ${failed?.op} failed: ${failed?.lastError?.message}`);
    }
    if (counts.pending === 0 && counts.waiting === 0) return;
    if (Date.now() > deadline) throw new Error(`Outbox did not settle: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
