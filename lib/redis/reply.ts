/** One command as Redis receives it: the command name, then its arguments. */
export type CommandArgs = readonly string[];

/**
 * A reply as a Redis server gives it: bulk or status strings (bytes from a real server, text
 * from the in-memory stand-in), integers, nil, arrays, and error replies nested in arrays.
 */
export type RedisReply = Buffer | string | number | null | RedisError | RedisReply[];

/** The outcome of one command in a batch: its reply, or the server's error text. */
export type Settled = { ok: true; reply: RedisReply } | { ok: false; error: string };

/**
 * An error reply from Redis, carrying the server's text unchanged (clients match on its
 * prefix: `NOSCRIPT`, `WRONGTYPE`, …). Anything else thrown is a transport failure.
 */
export class RedisError extends Error {
  override readonly name = 'RedisError';
}

/** Settles a command's promise without throwing, keeping Redis's error text. */
export async function settle(run: () => Promise<RedisReply>): Promise<Settled> {
  try {
    return { ok: true, reply: await run() };
  } catch (error) {
    if (error instanceof RedisError) return { ok: false, error: error.message };
    throw error;
  }
}
