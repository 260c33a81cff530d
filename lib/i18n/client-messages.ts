import type en from '@/messages/en.json';

type Messages = typeof en;
type Namespace = keyof Messages;

/**
 * Message namespaces that client components read (`useTranslations` in a component that can
 * run in the browser). Only these travel to the browser, with the pages that wrap such
 * components in `ClientTranslations`; the rest stay on the server. `client-messages.test.ts` keeps this list equal to what the code uses.
 */
export const CLIENT_NAMESPACES = [
  'admin',
  'apiKeys',
  'auth',
  'birth',
  'errors',
  'savedCharts',
] as const satisfies readonly Namespace[];

/** The part of a locale's messages that client components need. */
export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  );
}
