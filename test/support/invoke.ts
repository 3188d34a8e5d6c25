import type { Station } from '../../main/core/station';
import { contract, type Channel, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';
import type { Reply } from '../../shared/ipc/reply';

const ctx = { origin: 'test' as const };

/** Calls a channel as the renderer would; the reply must match the channel's response schema. */
export async function reply<C extends Channel>(station: Station, channel: C, request: RequestOf<C>): Promise<Reply<ResponseOf<C>>> {
  const answer = await station.dispatch(channel, request, ctx);
  if (!answer.ok) return answer;
  return { ok: true, value: contract[channel].response.parse(answer.value) as ResponseOf<C> };
}

/** Like `reply`, for calls that must succeed: an error reply fails the test with its message. */
export async function invoke<C extends Channel>(station: Station, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const answer = await reply(station, channel, request);
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}
