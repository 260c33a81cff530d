import type { WithId } from '@/lib/workers/batched-worker';
import { RedisError, type CommandArgs, type RedisReply, type Settled } from '../reply';

/** A `RedisReply` as it crosses a `MessagePort`: error replies as plain objects. */
export type WireReply = string | number | null | Uint8Array | { error: string } | WireReply[];

export type WireSettled = { ok: true; reply: WireReply } | { ok: false; error: string };

/** What is asked of the engine on the other side. */
export type EngineRequest =
  | { op: 'command'; args: CommandArgs }
  | { op: 'pipeline' | 'transaction'; commands: CommandArgs[] };

/** A request with the id its `EngineAnswer` will carry. */
export type EngineCall = WithId<EngineRequest>;

/**
 * The engine's answer: a reply (`command`), settled replies (`pipeline`, `transaction`), or
 * a rejection, with whether it was an error reply (`RedisError`) or a failure.
 */
export type EngineAnswer = { id: number } & (
  { reply: WireReply } | { settled: WireSettled[] } | { rejected: string; redisError: boolean }
);

/** Structured clone keeps neither `RedisError` nor `Buffer`: both are put back on arrival. */
export function toWire(reply: RedisReply): WireReply {
  if (reply instanceof RedisError) return { error: reply.message };
  if (Array.isArray(reply)) return reply.map(toWire);
  return reply;
}

export function fromWire(wire: WireReply): RedisReply {
  if (wire instanceof Uint8Array) return Buffer.from(wire.buffer, wire.byteOffset, wire.length);
  if (Array.isArray(wire)) return wire.map(fromWire);
  if (wire !== null && typeof wire === 'object') return new RedisError(wire.error);
  return wire;
}

export function settledToWire(settled: Settled): WireSettled {
  return settled.ok ? { ok: true, reply: toWire(settled.reply) } : settled;
}

export function settledFromWire(settled: WireSettled): Settled {
  return settled.ok ? { ok: true, reply: fromWire(settled.reply) } : settled;
}
