'use client';

import { useLocale } from 'next-intl';
import { useTransition } from 'react';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { LOCALES } from '@/lib/i18n/locales';

const NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  pt: 'Português',
};

/** Keeps the current page and switches its language. */
export function LocaleSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}>
      <span className="visually-hidden">{label}</span>
      <select
        value={locale}
        disabled={pending}
        data-testid="locale-switcher"
        onChange={(e) =>
          startTransition(() => router.replace(pathname, { locale: e.target.value }))
        }
        style={{ minHeight: 44, font: 'inherit', borderRadius: 8, padding: '0 0.4rem' }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
