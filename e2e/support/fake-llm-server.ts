import { z } from 'zod';
import { readingLanguage } from '@/lib/readings/llm/language';
import {
  dripText,
  startFakeProvider,
  status,
  streamText,
  type Behaviour,
} from '@/lib/readings/llm/test-fake-provider';
import { e2eServer } from './server';

/** A slow section streams in this many chunks, one every `SLOW_CHUNK_MS`: about 1.5 s. */
const SLOW_CHUNKS = 15;
const SLOW_CHUNK_MS = 100;

const RequestSchema = z.object({
  messages: z.array(z.object({ role: z.string(), content: z.string() })).min(2),
});

/**
 * The browser tests' LLM provider: answers each section with the built-in text the prompt
 * carries (`enrichmentPrompt` puts it after "Original text:"). That passes the enricher's
 * checks (same length, language and names), so the stored reading is the one the built-in
 * composer writes and the other specs see no difference. Sections written in the slow
 * locale's language drip in chunks instead, so a whole reading takes seconds and
 * `reading-stream.spec.ts` can watch it arrive section by section.
 */
const slowInstruction = `Write in ${readingLanguage(e2eServer.fakeLlm.slowLocale).name} only.`;

const provider = await startFakeProvider({ port: e2eServer.fakeLlm.port });

const echo: Behaviour = (res, n) => {
  const parsed = RequestSchema.safeParse(provider.requests[n - 1]?.body);
  const [system, user] = parsed.success ? parsed.data.messages : [];
  const original = user?.content.split('\nOriginal text:\n\n')[1];
  if (!system || !original) return status(400)(res, n);
  if (!system.content.includes(slowInstruction)) return streamText(original)(res, n);
  const size = Math.ceil(original.length / SLOW_CHUNKS);
  return dripText(original, SLOW_CHUNK_MS, size)(res, n);
};

provider.behave(echo);
console.log(`fake LLM provider on ${provider.baseUrl}`);
