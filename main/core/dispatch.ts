import { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { fail, ok, type Reply } from '../../shared/ipc/reply';
import { StationError } from './errors';
import type { CallContext, HandlerMap } from './handlers';

export type AllHandlers = HandlerMap<Channel>;
export type Dispatch = (channel: unknown, payload: unknown, ctx: CallContext) => Promise<Reply<unknown>>;

function issuesOf(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The one door into the station's services. Whatever arrives (an unknown
 * channel, a malformed payload, a service that throws) comes back as a Reply;
 * nothing escapes as an exception or an unhandled rejection.
 */
export function createDispatch(handlers: AllHandlers, log: (line: string) => void = console.error): Dispatch {
  return async (channel, payload, ctx) => {
    if (!isChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `There is no channel named ${JSON.stringify(String(channel)).slice(0, 80)}`);
    }
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      const first = issues[0];
      return fail(
        'INVALID_REQUEST',
        first ? `Invalid ${channel} request: ${first.path ? `${first.path}: ` : ''}${first.message}` : `Invalid ${channel} request`,
        { issues },
      );
    }
    try {
      const handler = handlers[channel] as (request: unknown, ctx: CallContext) => unknown;
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      if (error instanceof StationError) return fail(error.code, error.message, error.details);
      // Unexpected failures are logged by channel and error name only: a message may quote user data.
      log(`[ipc] ${channel} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'}`);
      return fail('INTERNAL', `Packbench could not complete ${channel}. The station log has the details.`);
    }
  };
}
