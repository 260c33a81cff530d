import { errors, type Requester, type UpstashRequest, type UpstashResponse } from '@upstash/redis';
import type { RedisEngine } from './engine/engine';
import { MemoryEngine } from './engine/memory-engine';
import { RestDispatcher } from './protocol/dispatcher';
import { toRestResult, type RestResult } from './protocol/encode-reply';
import { parseCommand, parseCommandList } from './protocol/parse-commands';
import { RedisError } from './reply';

export interface MemoryRequester extends Requester {
  close(): Promise<void>;
}

/**
 * A `Requester` for `new Redis(requester)` that answers from an in-process Redis through the
 * same dispatch code as the HTTP bridge, and fails the way `@upstash/redis`'s HTTP client does
 * (an error reply to a single command throws `UpstashError` naming the command). The engine
 * runs on the calling thread unless one is given (the web server's runs on its own thread:
 * `thread-engine.ts`).
 *
 * @example
 * const redis = new Redis(createMemoryRequester());
 * await redis.set('k', 'v');
 */
export function createMemoryRequester(engine: RedisEngine = new MemoryEngine()): MemoryRequester {
  const dispatcher = new RestDispatcher(engine);

  async function answer(req: UpstashRequest): Promise<RestResult | RestResult[]> {
    const path = (req.path ?? []).join('/');
    const fail = (message: string): never => {
      throw new errors.UpstashError(`${message}, command was: ${JSON.stringify(req.body)}`);
    };
    if (path === '') {
      const args = parseCommand(req.body) ?? fail('ERR the body must be a command');
      const result = toRestResult(await dispatcher.single(args), 'utf8');
      return 'error' in result ? fail(result.error) : result;
    }
    if (path === 'pipeline' || path === 'multi-exec') {
      const commands = parseCommandList(req.body) ?? fail('ERR the body must be a command list');
      try {
        const settled =
          path === 'pipeline'
            ? await dispatcher.pipeline(commands)
            : await dispatcher.multiExec(commands);
        return settled.map((s) => toRestResult(s, 'utf8'));
      } catch (error) {
        return error instanceof RedisError ? fail(error.message) : fail(String(error));
      }
    }
    return fail(`ERR the in-memory Redis does not serve /${path}`);
  }

  return {
    // Pipelines answer with an array although `Requester` types one response; the client's
    // Pipeline expects exactly that, as from its HTTP transport.
    request: async <TResult>(req: UpstashRequest) =>
      (await answer(req)) as unknown as UpstashResponse<TResult>,
    close: () => engine.close(),
  };
}
