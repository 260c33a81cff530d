import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { toProblem } from '@/lib/http/problem';
import { MAX_BODY_BYTES, readBody } from './read-body';

const Schema = z.object({ name: z.string() });

function jsonRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://x.test/api/v1/thing', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** A body whose first chunk arrives and whose stream then fails with `error`, as a socket does. */
function failingBody(error: Error): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"name":'));
      controller.error(error);
    },
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof AppError ? error.code : String(error);
}

describe('readBody', () => {
  it('parses a JSON body with the schema', async () => {
    await expect(readBody(jsonRequest('{"name":"Ada"}'), Schema)).resolves.toEqual({
      name: 'Ada',
    });
  });

  it('refuses another media type, an oversized body and malformed JSON with their codes', async () => {
    const text = new Request('http://x.test', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(await codeOf(readBody(text, Schema))).toBe('unsupported_media_type');
    const big = `{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}`;
    expect(await codeOf(readBody(jsonRequest(big), Schema))).toBe('payload_too_large');
    expect(await codeOf(readBody(jsonRequest('{"name":'), Schema))).toBe('validation_failed');
  });

  it('answers a client that hung up mid-body with 499, not as a server fault', async () => {
    const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const error = await readBody(jsonRequest(failingBody(reset)), Schema).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(toProblem(error, 'req-1').status).toBe(499);
    expect((error as AppError).code).toBe('client_closed_request');
  });

  it('lets any other body failure through, to be logged as the fault it is', async () => {
    const failure = new TypeError('something else broke');
    await expect(readBody(jsonRequest(failingBody(failure)), Schema)).rejects.toBe(failure);
  });
});
