/** The UI and reading languages. Framework-free, so domain code (places, readings) can use it. */
export const LOCALES = ['en', 'es', 'de', 'fr', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
