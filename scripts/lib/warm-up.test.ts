import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUp } from './warm-up';

let server: Server | undefined;

/** A stand-in app that records what is asked and answers `status(path)`. */
async function app(status: (path: string) => number): Promise<{ base: string; asked: string[] }> {
  const asked: string[] = [];
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    res.writeHead(status(req.url ?? '')).end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

afterEach(() => {
  server?.close();
  vi.restoreAllMocks();
});

describe('warmUp', () => {
  it('asks for the home page, a place search and a famous chart, quietly', async () => {
    const { base, asked } = await app(() => 200);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await warmUp(base);
    expect(asked).toContain('/en');
    expect(asked.some((path) => path.startsWith('/api/places?q='))).toBe(true);
    expect(asked.some((path) => /^\/en\/famous\/[a-z-]+$/.test(path))).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('reports the requests that failed instead of throwing', async () => {
    const { base } = await app((path) => (path.startsWith('/api/places') ? 500 : 200));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await warmUp(base);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/\/api\/places\?q=Paris&locale=en: HTTP 500/);
  });
});
