import { createParser } from 'eventsource-parser';
import { z } from 'zod';
import { LlmError } from './errors';
import { idleWatchdog, type IdleWatchdog } from './idle-watchdog';
import { retryAfterMs } from './retry-after';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface CompletionRequest {
  baseUrl: string;
  apiKey: string;
  model: string;
  messages: ChatMessage[];
  signal: AbortSignal;
  /** Longest silence accepted before the first byte or between two chunks. */
  idleTimeoutMs: number;
  /** A 429 asking for a longer wait than this is not retried. */
  maxRetryAfterMs: number;
  /** Called with the whole text received so far, after each delta. */
  onText: (textSoFar: string) => void;
}

const ChunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .optional(),
  error: z.unknown().optional(),
});
type Chunk = z.infer<typeof ChunkSchema>;

/**
 * One streamed chat completion from an OpenAI-compatible endpoint. Resolves with the full
 * text once the stream says `[DONE]`; rejects with an `LlmError` naming the failure.
 */
export async function streamCompletion(request: CompletionRequest): Promise<string> {
  const watchdog = idleWatchdog(request.idleTimeoutMs, request.signal);
  try {
    const response = await send(request, watchdog);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw statusError(response, request.maxRetryAfterMs);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('text/event-stream') || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw new LlmError('malformed_stream', false, `expected an event stream, got "${type}"`);
    }
    return await readStream(response.body, request, watchdog);
  } finally {
    watchdog.stop();
  }
}

async function send(request: CompletionRequest, watchdog: IdleWatchdog): Promise<Response> {
  try {
    return await fetch(`${request.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${request.apiKey}`,
      },
      body: JSON.stringify({ model: request.model, messages: request.messages, stream: true }),
      signal: watchdog.signal,
    });
  } catch (error) {
    if (watchdog.stalled) throw stalled(request.idleTimeoutMs);
    throw new LlmError('network', true, `request failed: ${describe(error)}`);
  }
}

function statusError(response: Response, maxRetryAfterMs: number): LlmError {
  const { status } = response;
  if (status === 401 || status === 403) {
    return new LlmError('auth', false, `provider refused the credentials (${status})`);
  }
  if (status === 429) {
    const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
    const retryable = wait === undefined || wait <= maxRetryAfterMs;
    return new LlmError('rate_limited', retryable, `rate limited (429)`, wait);
  }
  if (status >= 500 || status === 408) {
    return new LlmError('server_error', true, `provider error (${status})`);
  }
  return new LlmError('client_error', false, `request rejected (${status})`);
}

async function readStream(
  body: ReadableStream<Uint8Array>,
  request: CompletionRequest,
  watchdog: IdleWatchdog,
): Promise<string> {
  let text = '';
  let done = false;
  let problem: LlmError | undefined;
  const parser = createParser({
    onEvent: ({ data }) => {
      if (done || problem) return;
      if (data.trim() === '[DONE]') {
        done = true;
        return;
      }
      const chunk = parseChunk(data);
      if (chunk instanceof LlmError) {
        problem = chunk;
        return;
      }
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content ?? '';
      if (delta !== '') {
        text += delta;
        if (!watchdog.signal.aborted) request.onText(text);
      }
      if (choice?.finish_reason === 'length') {
        problem = new LlmError('truncated', false, 'the model ran out of tokens');
      }
    },
    onError: (error) => {
      problem ??= new LlmError('malformed_stream', false, `unreadable event stream: ${error.type}`);
    },
  });

  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    while (!done && !problem) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      watchdog.kick();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if (watchdog.stalled) throw stalled(request.idleTimeoutMs);
    throw new LlmError('stream_broken', true, `stream interrupted: ${describe(error)}`);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  if (problem) throw problem;
  if (!done) throw new LlmError('stream_broken', true, 'stream ended before [DONE]');
  return text;
}

function parseChunk(data: string): Chunk | LlmError {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return new LlmError('malformed_stream', false, 'an event was not JSON');
  }
  const parsed = ChunkSchema.safeParse(json);
  if (!parsed.success) {
    return new LlmError('malformed_stream', false, 'an event was not a completion chunk');
  }
  if (parsed.data.error !== undefined) {
    return new LlmError('server_error', true, 'the provider reported an error mid-stream');
  }
  return parsed.data;
}

function stalled(ms: number): LlmError {
  return new LlmError('timeout', false, `provider silent for ${ms} ms`);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
