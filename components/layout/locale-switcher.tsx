import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { LocaleLink } from './locale-link';
import styles from './locale-switcher.module.css';

const NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  pt: 'Português',
};

/**
 * The current page in another language: plain links, so switching works before (or without)
 * any script, inside a disclosure that keeps the header compact.
 */
export function LocaleSwitcher({ label, locale }: { label: string; locale: Locale }) {
  return (
    <details className={styles.switcher} data-testid="locale-switcher">
      <summary className={styles.summary}>
        <span className="visually-hidden">{label}: </span>
        <span lang={locale}>{NAMES[locale]}</span>
      </summary>
      <ul className={styles.menu} aria-label={label}>
        {LOCALES.map((l) => (
          <li key={l}>
            <LocaleLink locale={l} current={l === locale}>
              {NAMES[l]}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
