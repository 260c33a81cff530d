import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { castChart, type CastRequest } from './cast-chart';
import { createChartCaster, type ChartCaster } from './chart-caster';
import { locateSubject } from './resolve-subject';
import { SubjectSchema } from './subject.schema';

const WORKER_ENTRY = new URL('./cast-chart.worker.ts', import.meta.url);

/** The real worker entry, run from source through tsx's loader (the build runs its bundle). */
const spawnFromSource = () =>
  new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); });`,
    { eval: true },
  );

function request(input: Record<string, unknown>): CastRequest {
  const subject = SubjectSchema.parse(input);
  return { subject, location: locateSubject(subject) };
}

const PARIS_1990 = request({ date: '1990-05-01', time: '10:00', placeId: 2988507 });

let caster: ChartCaster | undefined;
afterEach(async () => {
  await caster?.close();
  caster = undefined;
});

describe('createChartCaster', () => {
  it('casts on a worker thread exactly what the request thread would', async () => {
    caster = createChartCaster({ workers: 2, spawn: spawnFromSource });
    const [fromWorker, again] = await Promise.all([
      caster.cast(PARIS_1990),
      caster.cast(request({ utc: '2000-01-01T12:00:00Z', latitude: 51.5, longitude: -0.12 })),
    ]);
    expect(fromWorker).toEqual(castChart(PARIS_1990));
    expect(JSON.parse(new TextDecoder().decode(fromWorker.body))).toMatchObject({
      hash: fromWorker.hash,
      time: { zone: 'Europe/Paris', offsetMinutes: 120 },
    });
    expect(again.row.birth.zone).toBe('UTC');
  }, 30_000);

  it('answers each of many concurrent requests (one message per batch) with its own chart', async () => {
    caster = createChartCaster({ workers: 1, spawn: spawnFromSource });
    const requests = Array.from({ length: 24 }, (_, i) =>
      request({
        utc: `2000-01-${String(i + 1).padStart(2, '0')}T12:00:00Z`,
        latitude: 0,
        longitude: 0,
      }),
    );
    const casts = await Promise.all(requests.map((r) => caster!.cast(r)));
    expect(casts.map((cast) => cast.hash)).toEqual(requests.map((r) => castChart(r).hash));
    expect(new Set(casts.map((cast) => cast.hash)).size).toBe(24);
  }, 30_000);

  it('hands a refusal back as the AppError the route answers with', async () => {
    caster = createChartCaster({ workers: 1, spawn: spawnFromSource });
    // 02:30 happened twice in Paris on 31 October 2021 (summer time ended at 03:00).
    const refused = await caster
      .cast(request({ date: '2021-10-31', time: '02:30', placeId: 2988507 }))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'local_time_ambiguous' });
    expect((refused as AppError).context.candidates).toHaveLength(2);
  }, 30_000);

  it('fails the requests of a thread that dies and starts a new one for the next', async () => {
    let spawned = 0;
    caster = createChartCaster({
      workers: 1,
      spawn: () => {
        spawned += 1;
        return spawned === 1 ? new Worker('process.exit(3)', { eval: true }) : spawnFromSource();
      },
    });
    await expect(caster.cast(PARIS_1990)).rejects.toThrow(/exited \(3\)/);
    await expect(caster.cast(PARIS_1990)).resolves.toMatchObject({
      hash: castChart(PARIS_1990).hash,
    });
    expect(spawned).toBe(2);
  }, 30_000);

  it('casts on the calling thread with no workers', async () => {
    caster = createChartCaster({ workers: 0, spawn: () => expect.unreachable() as never });
    await expect(caster.cast(PARIS_1990)).resolves.toEqual(castChart(PARIS_1990));
  });
});
