import type { Context } from 'inngest';
import type { Jsonify } from 'inngest/types';
import { inngest } from '@/inngest/client';
import { parseAppEvent } from './parse-event';
import type {
  CloudOnlyOptions,
  JobContext,
  JobDefinition,
  JobStep,
  JobTrigger,
  Retries,
  TriggerEvent,
} from './job-types';

export interface FunctionOptions<TTrigger extends JobTrigger> {
  /** Stable id; Inngest keys run history and step state on it. Never rename a live one. */
  id: string;
  name?: string;
  description?: string;
  triggers: readonly [TTrigger, ...TTrigger[]];
  /** Retries per step after the first attempt (Inngest semantics), 0–20. */
  retries: Retries;
  cloudOnly?: CloudOnlyOptions;
}

function inngestStep(step: Context['step']): JobStep {
  return {
    // Inngest already JSON round-trips step results; its type says so in its own words.
    run: <T>(id: string, fn: () => T | Promise<T>) => step.run(id, fn) as Promise<Jsonify<T>>,
    sleep: (id, duration) => step.sleep(id, duration),
    sleepUntil: (id, until) => step.sleepUntil(id, until),
    sendEvent: async (id, events) => {
      const list = (Array.isArray(events) ? events : [events]).map(parseAppEvent);
      const { ids } = await step.sendEvent(id, list);
      return { ids };
    },
  };
}

/**
 * Declares a background job once, for both executors: the returned definition carries the
 * Inngest function (served at `/api/inngest`) and the handler the local runner calls.
 * Handlers get the narrow `JobContext`, so a job cannot use step tools the local runner
 * lacks.
 *
 * @example
 * export const welcome = defineFunction(
 *   { id: 'send-welcome', triggers: [userSignedUp], retries: 3 },
 *   async ({ event, step }) => step.run('send', () => sendWelcome(event.data.userId)),
 * );
 */
export function defineFunction<TTrigger extends JobTrigger>(
  options: FunctionOptions<TTrigger>,
  handler: (ctx: JobContext<TriggerEvent<TTrigger>>) => Promise<unknown>,
): JobDefinition<TriggerEvent<TTrigger>> {
  const fn = inngest.createFunction(
    {
      ...options.cloudOnly,
      id: options.id,
      name: options.name,
      description: options.description,
      retries: options.retries,
      triggers: [...options.triggers],
    },
    (ctx) =>
      handler({
        // Inngest matched this run on one of `triggers`, so the event has their shape; its own
        // generic for that shape is not comparable to ours, hence the widening.
        event: ctx.event as unknown as TriggerEvent<TTrigger>,
        step: inngestStep(ctx.step),
        runId: ctx.runId,
        attempt: ctx.attempt,
        logger: ctx.logger,
      }),
  );
  return {
    id: options.id,
    triggers: options.triggers,
    retries: options.retries,
    inngest: fn,
    handle: handler,
  };
}
