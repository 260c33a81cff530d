import { cron, eventType, NonRetriableError, staticSchema, StepError } from 'inngest';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userSignedUp } from '@/inngest/events';
import { defineFunction } from '../define-function';
import type { JobDefinition } from '../job-types';
import { LocalRunner } from './local-runner';

const ping = eventType('test/ping', { schema: staticSchema<{ n: number }>() });
const logger = pino({ level: 'silent' });
const runners: LocalRunner[] = [];

function runner(...jobs: JobDefinition[]): LocalRunner {
  const created = new LocalRunner({ jobs, logger, backoff: { baseMs: 1, maxMs: 5 } });
  runners.push(created);
  return created;
}

async function only(result: ReturnType<LocalRunner['send']>) {
  expect(result.runs).toHaveLength(1);
  return result.runs[0]!.result;
}

afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

function failingTimes<T>(times: number, value: T) {
  let calls = 0;
  return vi.fn(async () => {
    calls += 1;
    if (calls <= times) throw new Error(`boom ${calls}`);
    return value;
  });
}

describe('LocalRunner', () => {
  it('runs the job of a matching event, not of others', async () => {
    const body = vi.fn(async () => 'done');
    const job = defineFunction({ id: 't-match', triggers: [ping], retries: 0 }, ({ step }) =>
      step.run('only', body),
    );
    const r = runner(job);
    expect(r.send({ name: 'test/other', data: {} }).runs).toHaveLength(0);
    const outcome = await only(r.send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: 'done' });
    expect(body).toHaveBeenCalledTimes(1);
  });

  it('retries a failed step without re-running completed ones', async () => {
    const first = vi.fn(async () => 1);
    const second = failingTimes(1, 2);
    const third = vi.fn(async () => 3);
    const attempts: number[] = [];
    const job = defineFunction(
      { id: 't-memo', triggers: [ping], retries: 3 },
      async ({ step, attempt }) => {
        attempts.push(attempt);
        const a = await step.run('first', first);
        const b = await step.run('second', second);
        const c = await step.run('third', third);
        return a + b + c;
      },
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: 6 });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(third).toHaveBeenCalledTimes(1);
    expect(attempts).toEqual([0, 1]);
  });

  it('gives each step its own retry budget, as Inngest does', async () => {
    const a = failingTimes(2, null);
    const b = failingTimes(2, null);
    const job = defineFunction(
      { id: 't-budget', triggers: [ping], retries: 2 },
      async ({ step }) => {
        await step.run('a', a);
        await step.run('b', b);
      },
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome.status).toBe('completed');
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([3, 3]);
  });

  it('stops after `retries` retries and fails the run with a StepError', async () => {
    const flaky = failingTimes(Infinity, null);
    const after = vi.fn(async () => null);
    const job = defineFunction({ id: 't-stop', triggers: [ping], retries: 2 }, async ({ step }) => {
      await step.run('flaky', flaky);
      await step.run('after', after);
    });
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(flaky).toHaveBeenCalledTimes(3);
    expect(after).not.toHaveBeenCalled();
    expect(outcome.status).toBe('failed');
    const error = outcome.status === 'failed' ? outcome.error : undefined;
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).stepId).toBe('flaky');
    expect((error as StepError).message).toBe('boom 3');
  });

  it('lets the handler catch a step that is out of retries and carry on', async () => {
    const job = defineFunction(
      { id: 't-catch', triggers: [ping], retries: 1 },
      async ({ step }) => {
        try {
          await step.run('doomed', failingTimes(Infinity, null));
        } catch (error) {
          return step.run('fallback', () => `recovered from ${(error as StepError).stepId}`);
        }
      },
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: 'recovered from doomed' });
  });

  it('does not let the handler see a step failure that will be retried', async () => {
    const caught = vi.fn();
    const flaky = failingTimes(1, 'second try');
    const job = defineFunction(
      { id: 't-hidden', triggers: [ping], retries: 1 },
      async ({ step }) => {
        try {
          return await step.run('flaky', flaky);
        } catch (error) {
          caught(error);
          return 'caught';
        }
      },
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: 'second try' });
    expect(caught).not.toHaveBeenCalled();
  });

  it('does not retry a NonRetriableError', async () => {
    const fatal = vi.fn(async () => {
      throw new NonRetriableError('bad input');
    });
    const job = defineFunction({ id: 't-fatal', triggers: [ping], retries: 5 }, ({ step }) =>
      step.run('fatal', fatal),
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(fatal).toHaveBeenCalledTimes(1);
    expect(outcome.status).toBe('failed');
  });

  it('retries errors thrown outside steps too, replaying completed steps', async () => {
    const before = vi.fn(async () => 'x');
    let throws = 1;
    const job = defineFunction(
      { id: 't-outside', triggers: [ping], retries: 1 },
      async ({ step }) => {
        await step.run('before', before);
        if (throws-- > 0) throw new Error('between steps');
        return 'end';
      },
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: 'end' });
    expect(before).toHaveBeenCalledTimes(1);
  });

  it('returns step results as JSON, the same on first run and on replay', async () => {
    const seen: unknown[] = [];
    let fail = true;
    const job = defineFunction({ id: 't-json', triggers: [ping], retries: 1 }, async ({ step }) => {
      const value = await step.run('value', () => ({ at: new Date(0), gone: undefined, n: 1 }));
      const nothing = await step.run('nothing', () => undefined);
      seen.push([value, nothing]);
      if (fail) {
        fail = false;
        throw new Error('once');
      }
    });
    await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    const expected = [{ at: '1970-01-01T00:00:00.000Z', n: 1 }, null];
    expect(seen).toEqual([expected, expected]);
  });

  it('indexes repeated step ids, so a retry resumes inside a loop', async () => {
    const work = vi.fn(async (i: number) => {
      if (i === 2 && work.mock.calls.filter(([n]) => n === 2).length === 1) throw new Error('once');
      return i * 10;
    });
    const job = defineFunction({ id: 't-loop', triggers: [ping], retries: 1 }, async ({ step }) => {
      const out: number[] = [];
      for (const i of [0, 1, 2]) out.push(await step.run('item', () => work(i)));
      return out;
    });
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: [0, 10, 20] });
    expect(work.mock.calls.map(([i]) => i)).toEqual([0, 1, 2, 2]);
  });

  it('sends events from a step once, even when the run is retried', async () => {
    const received = vi.fn(async () => null);
    const child = defineFunction(
      { id: 't-child', triggers: [userSignedUp], retries: 0 },
      ({ step }) => step.run('receive', received),
    );
    const flaky = failingTimes(1, null);
    const parent = defineFunction(
      { id: 't-parent', triggers: [ping], retries: 1 },
      async ({ step }) => {
        const sent = await step.sendEvent('announce', {
          name: 'user/signed-up',
          data: { userId: 'u9', at: '2025-01-01T00:00:00.000Z' },
        });
        await step.run('flaky', flaky);
        return sent.ids.length;
      },
    );
    const r = runner(parent, child);
    const outcome = await only(r.send({ name: 'test/ping', data: { n: 1 } }));
    await r.drain();
    expect(outcome).toEqual({ status: 'completed', output: 1 });
    expect(received).toHaveBeenCalledTimes(1);
  });

  it('rejects an invalid event sent from a step', async () => {
    const job = defineFunction({ id: 't-invalid', triggers: [ping], retries: 0 }, ({ step }) =>
      step.sendEvent('bad', { name: 'user/signed-up', data: { userId: '', at: 'yesterday' } }),
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome.status).toBe('failed');
  });

  it('starts nothing for an event id it has already seen', async () => {
    const body = vi.fn(async () => null);
    const job = defineFunction({ id: 't-dedupe', triggers: [ping], retries: 0 }, ({ step }) =>
      step.run('body', body),
    );
    const r = runner(job);
    const first = r.send({ name: 'test/ping', data: { n: 1 }, id: 'same' });
    const second = r.send({ name: 'test/ping', data: { n: 2 }, id: 'same' });
    await r.drain();
    expect([first.runs.length, second.runs.length]).toEqual([1, 0]);
    expect(second.ids).toEqual(['same']);
    expect(body).toHaveBeenCalledTimes(1);
  });

  it('sleeps, then continues; sleepUntil a past instant does not wait', async () => {
    const job = defineFunction(
      { id: 't-sleep', triggers: [ping], retries: 0 },
      async ({ step }) => {
        await step.sleep('short', 10);
        await step.sleepUntil('past', new Date(0));
        return step.run('after', () => 'woke');
      },
    );
    const outcome = await only(runner(job).send({ name: 'test/ping', data: { n: 1 } }));
    expect(outcome).toEqual({ status: 'completed', output: 'woke' });
  });

  it('cancels sleeping runs on stop, without running what follows', async () => {
    const after = vi.fn(async () => null);
    const job = defineFunction(
      { id: 't-cancel', triggers: [ping], retries: 0 },
      async ({ step }) => {
        await step.sleep('long', '1h');
        await step.run('after', after);
      },
    );
    const r = runner(job);
    const result = only(r.send({ name: 'test/ping', data: { n: 1 } }));
    await r.stop();
    expect(await result).toEqual({ status: 'cancelled' });
    expect(after).not.toHaveBeenCalled();
  });

  it('fires cron triggers once started, with a scheduled-timer event', async () => {
    const ticks: unknown[] = [];
    let fired: () => void = () => {};
    const firedOnce = new Promise<void>((resolve) => (fired = resolve));
    const job = defineFunction(
      { id: 't-cron', triggers: [cron('* * * * * *')], retries: 0 },
      async ({ event }) => {
        ticks.push(event);
        fired();
      },
    );
    const r = runner(job);
    r.start();
    await firedOnce;
    await r.stop();
    expect(ticks[0]).toMatchObject({
      name: 'inngest/scheduled.timer',
      data: { cron: '* * * * * *' },
    });
  });
});
