import { db } from '@/db/client';
import { readingRequested } from '@/inngest/events';
import { loadChart } from '@/lib/charts/load-chart';
import { defineFunction } from '@/lib/jobs/define-function';
import { composeSection, readingPlan } from '@/lib/readings/compose';
import { enrichSection } from '@/lib/readings/llm';
import { setReadingStatus, storeSection } from '@/lib/readings/store/reading-writes';
import { publish } from '@/lib/realtime/publish';
import { readingRoom } from '@/lib/realtime/rooms';
import { NonRetriableError } from 'inngest';

/**
 * Writes a chart's reading one section per step: each section is stored as soon as it is
 * composed and published to `reading:<hash>:<locale>`, so a page shows it at once and a
 * reload finds it stored. Steps are idempotent (sections insert-or-ignore), so a retry or a
 * restart redoes nothing that was finished.
 */
/** How often a streaming LLM preview is pushed to the page. */
const PREVIEW_INTERVAL_MS = 250;

export const generateReading = defineFunction(
  { id: 'generate-reading', name: 'Generate a reading', triggers: [readingRequested], retries: 3 },
  async ({ event, step }) => {
    const { chartHash, locale } = event.data;
    const key = { chartHash, locale };
    const room = readingRoom(chartHash, locale);

    const plan = await step.run('plan', async () => {
      const loaded = await loadChart(db(), chartHash);
      if (!loaded) throw new NonRetriableError(`no chart ${chartHash}`);
      const sections = readingPlan(loaded.chart, locale);
      await setReadingStatus(db(), key, 'generating', sections.length);
      return sections.map((s) => s.id);
    });

    try {
      for (const [position, sectionId] of plan.entries()) {
        await step.run(`section-${sectionId}`, async () => {
          const loaded = await loadChart(db(), chartHash);
          if (!loaded) throw new NonRetriableError(`no chart ${chartHash}`);
          const section = composeSection(loaded.chart, sectionId, { locale });
          if (!section) return null;
          // With an LLM configured, previews stream to the room; the stored text is final.
          let lastPreview = 0;
          const enriched = await enrichSection({
            section,
            locale,
            onDelta: (text) => {
              if (Date.now() - lastPreview < PREVIEW_INTERVAL_MS) return;
              lastPreview = Date.now();
              void publish(room, 'section.delta', {
                sectionId,
                position,
                title: section.title,
                text,
              });
            },
          });
          const stored = {
            sectionId,
            position,
            title: section.title,
            paragraphs: enriched.paragraphs,
          };
          await storeSection(db(), key, stored);
          await publish(room, 'section', { ...stored, total: plan.length });
          return sectionId;
        });
      }
    } catch (error) {
      // Out of retries: say so, so the page stops waiting and a new request can claim it.
      await step.run('mark-failed', async () => {
        await setReadingStatus(db(), key, 'failed');
        await publish(room, 'failed', {});
      });
      throw error;
    }

    await step.run('finish', async () => {
      await setReadingStatus(db(), key, 'done');
      await publish(room, 'done', { total: plan.length });
    });
    return { sections: plan.length };
  },
);
