/** What an auth form's server action answers: message codes, localized by the form. */
export interface AuthFormState {
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
}

/** Only same-site paths; anything else (//evil.com, https://…) falls back. */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//'))
    return fallback;
  if (value.includes('\\')) return fallback;
  return value;
}
