import { SpApiError } from '../../spapi/errors';
import type { OutboxError } from '../../sync/outbox-store';
import type { HandlerContext, OutboxHandler } from '../../sync/outcome';

/** Which of a plan's offers expired; each has its own Regenerate button at the step that shows it. */
export type OptionKind = 'packing' | 'placement' | 'transport' | 'deliveryWindow';

const STEP: Record<OptionKind, string> = {
  packing: 'packing options',
  placement: 'placement',
  transport: 'transport',
  deliveryWindow: 'transport',
};

/** The outbox error of a confirmation whose option expired: it stops the entry (retrying can never succeed). */
export function optionsExpiredError(kind: OptionKind, optionId: string): OutboxError {
  const what = kind === 'deliveryWindow' ? 'delivery window' : kind === 'transport' ? 'transportation' : kind;
  return {
    code: 'OPTIONS_EXPIRED',
    message: `The ${what} option ${optionId} expired — regenerate the options (Regenerate at the ${STEP[kind]} step) and choose again.`,
    details: { kind, optionId },
  };
}

/**
 * Amazon's refusal of a confirmation because the option's offer ran out. Amazon answers 400 InvalidInput and says so
 * in the message ("expired", "valid until"); any other 400 stays an ordinary refusal.
 */
export function isExpiryRefusal(error: unknown): boolean {
  if (!(error instanceof SpApiError) || error.status !== 400) return false;
  const text = error.errors.map((e) => `${e.message} ${e.details ?? ''}`).join(' ') || error.message;
  return /\bexpired\b|\bvalid until\b/i.test(text);
}

/**
 * Wraps a confirmation handler: an option the station already knows to be expired is not sent at all, and Amazon's
 * refusal of an expired option stops the entry with OPTIONS_EXPIRED instead of a bare HTTP 400.
 */
export function withExpiryCheck<P>(
  handler: OutboxHandler<P>,
  kind: OptionKind,
  expiredOption: (ctx: HandlerContext<P>) => string | null,
  optionId: (ctx: HandlerContext<P>) => string,
): OutboxHandler<P> {
  return {
    ...handler,
    async send(ctx) {
      const gone = expiredOption(ctx);
      if (gone) return { kind: 'failed', error: optionsExpiredError(kind, gone) };
      try {
        return await handler.send(ctx);
      } catch (error) {
        if (isExpiryRefusal(error)) return { kind: 'failed', error: optionsExpiredError(kind, optionId(ctx)) };
        throw error;
      }
    },
  };
}
