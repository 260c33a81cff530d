import { RedisError, type RedisReply, type Settled } from '../reply';

/** How strings travel in REST replies: base64 when the client sent `Upstash-Encoding: base64`. */
export type ReplyEncoding = 'base64' | 'utf8';

export type JsonReply = string | number | null | JsonReply[];

/** One entry of a REST answer. */
export type RestResult = { result: JsonReply } | { error: string };

/**
 * Turns a Redis reply into the JSON Upstash's REST API answers with: strings (bulk and status)
 * base64-encoded or as UTF-8 text, integers as numbers, nil as null, arrays nested as arrays.
 * An error nested in an array (a script may return one) becomes its text.
 *
 * @example
 * encodeReply(Buffer.from('hé'), 'base64'); // 'aMOp'
 * encodeReply([1, null, 'OK'], 'utf8'); // [1, null, 'OK']
 */
export function encodeReply(reply: RedisReply, encoding: ReplyEncoding): JsonReply {
  if (reply === null || typeof reply === 'number') return reply;
  if (Array.isArray(reply)) return reply.map((item) => encodeReply(item, encoding));
  const bytes =
    reply instanceof RedisError
      ? Buffer.from(reply.message)
      : Buffer.isBuffer(reply)
        ? reply
        : Buffer.from(reply);
  return bytes.toString(encoding);
}

/** `{result}` or `{error}` for one settled command. */
export function toRestResult(settled: Settled, encoding: ReplyEncoding): RestResult {
  return settled.ok ? { result: encodeReply(settled.reply, encoding) } : { error: settled.error };
}
