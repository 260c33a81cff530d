import { fillTemplate } from '@/lib/chart-wheel/labels';
import type { StoredSection } from '@/lib/readings/store/reading-state';
import styles from './reading-panel.module.css';

/** Text an LLM is still writing for a section; replaced by the stored section when it lands. */
export interface SectionPreview {
  sectionId: string;
  position: number;
  title: string;
  text: string;
}

/**
 * The reading's texts, translated on the server: the chart page ships no translation runtime.
 * `writing` is the raw template, with `{done}` and `{total}` filled as sections arrive.
 */
export interface ReadingText {
  title: string;
  progressLabel: string;
  writing: string;
  failed: string;
}

export interface ReadingViewProps {
  text: ReadingText;
  sections: readonly StoredSection[];
  /** Sections the reading will have; 0 while unknown. */
  total: number;
  failed: boolean;
  previews?: readonly SectionPreview[];
}

/**
 * The reading's markup, without state: the server renders it while the stored sections are
 * read (so the placeholder and the live panel look the same), and `ReadingPanel` renders it
 * as sections arrive.
 */
export function ReadingView({ text, sections, total, failed, previews = [] }: ReadingViewProps) {
  const finished = total > 0 && sections.length >= total;
  const progress = total > 0 ? Math.round((sections.length / total) * 100) : 0;

  return (
    <section
      id="reading"
      aria-labelledby="reading-title"
      className={styles.reading}
      data-testid="reading"
    >
      <h2 id="reading-title">{text.title}</h2>
      {!finished && !failed && (
        <div className={styles.progress}>
          <progress max={100} value={progress} aria-label={text.progressLabel} />
          <span role="status">
            {fillTemplate(text.writing, {
              done: String(sections.length),
              total: total > 0 ? String(total) : '…',
            })}
          </span>
        </div>
      )}
      {failed && <p role="alert">{text.failed}</p>}
      {previews
        .filter((p) => !sections.some((s) => s.sectionId === p.sectionId))
        .map((p) => (
          <article key={`preview-${p.sectionId}`} className={styles.section} aria-busy="true">
            <h3>{p.title}</h3>
            <p>{p.text}</p>
          </article>
        ))}
      {sections.map((section) => (
        <article key={section.sectionId} className={styles.section} data-testid="reading-section">
          <h3>{section.title}</h3>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      ))}
    </section>
  );
}
