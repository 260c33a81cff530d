import type { RedisEngine } from '../engine/engine';
import { RedisError, settle, type CommandArgs, type RedisReply, type Settled } from '../reply';
import { ScriptRegistry } from './script-registry';
import { refusal } from './unsupported-commands';

/** A command as it will be sent, with what to do if Redis lost the script or to its reply. */
interface Plan {
  args: CommandArgs;
  /** Sent when `args` (an EVALSHA) answers NOSCRIPT. */
  fallback?: CommandArgs;
  mapReply?: (reply: RedisReply) => RedisReply;
}

/**
 * The REST protocol's semantics over any engine, shared by the HTTP bridge and the in-memory
 * requester: refuses commands REST cannot carry, rewrites scripts Redis would reject (see
 * `script-flags.ts`) and translates script SHAs both ways. Error replies are settled, never
 * thrown; only a batch-level failure (`/multi-exec` refused or aborted) throws `RedisError`.
 */
export class RestDispatcher {
  constructor(
    private readonly engine: RedisEngine,
    private readonly scripts = new ScriptRegistry(),
  ) {}

  async single(args: CommandArgs): Promise<Settled> {
    const refused = refusal(args);
    if (refused) return { ok: false, error: refused };
    const plan = this.plan(args, false);
    let settled = await settle(() => this.engine.command(plan.args));
    const { fallback } = plan;
    if (!settled.ok && fallback && settled.error.startsWith('NOSCRIPT')) {
      settled = await settle(() => this.engine.command(fallback));
    }
    return mapSettled(settled, plan.mapReply);
  }

  async pipeline(commands: readonly CommandArgs[]): Promise<Settled[]> {
    const refusals = commands.map(refusal);
    const plans = commands.filter((_, i) => !refusals[i]).map((args) => this.plan(args, true));
    const sent = await this.engine.pipeline(plans.map((plan) => plan.args));
    let next = 0;
    return refusals.map((refused) => {
      if (refused) return { ok: false, error: refused };
      const plan = plans[next];
      const settled = sent[next++];
      if (!plan || !settled) throw new Error('Redis answered a pipeline with too few replies');
      return mapSettled(settled, plan.mapReply);
    });
  }

  async multiExec(commands: readonly CommandArgs[]): Promise<Settled[]> {
    const refused = commands.map(refusal).find(Boolean);
    if (refused) throw new RedisError(refused);
    const plans = commands.map((args) => this.plan(args, true));
    const results = await this.engine.transaction(plans.map((plan) => plan.args));
    return results.map((settled, i) => mapSettled(settled, plans[i]?.mapReply));
  }

  // In a batch a NOSCRIPT cannot be retried in place, so known scripts go as EVAL there.
  private plan(args: CommandArgs, inBatch: boolean): Plan {
    const [name = '', first = '', ...rest] = args;
    const lower = name.toLowerCase();
    if (lower === 'eval' || lower === 'eval_ro') {
      return { args: [name, this.scripts.prepare(first).body, ...rest] };
    }
    if (lower === 'evalsha' || lower === 'evalsha_ro') {
      const known = this.scripts.lookup(first);
      if (!known) return { args };
      const asEval = [lower.replace('evalsha', 'eval'), known.body, ...rest];
      return inBatch
        ? { args: asEval }
        : { args: [name, known.engineSha, ...rest], fallback: asEval };
    }
    if (lower === 'script') return this.planScript(args);
    return { args };
  }

  private planScript(args: CommandArgs): Plan {
    const [name = '', sub = '', ...rest] = args;
    switch (sub.toLowerCase()) {
      case 'load': {
        if (rest.length !== 1) return { args };
        const prepared = this.scripts.prepare(rest[0] ?? '');
        // Redis answers with the SHA of what it stored; the client expects the SHA of its own.
        return { args: [name, sub, prepared.body], mapReply: () => prepared.clientSha };
      }
      case 'exists':
        return { args: [name, sub, ...rest.map((sha) => this.scripts.engineSha(sha))] };
      case 'flush':
        this.scripts.clear();
        return { args };
      default:
        return { args };
    }
  }
}

function mapSettled(settled: Settled, mapReply: Plan['mapReply']): Settled {
  return settled.ok && mapReply ? { ok: true, reply: mapReply(settled.reply) } : settled;
}
