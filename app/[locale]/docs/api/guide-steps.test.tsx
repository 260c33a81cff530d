import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { API_SCOPES } from '@/lib/api-keys/scopes';
import { v1OpenApiDocument } from '@/lib/openapi/v1-document';
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { GuideSteps } from './guide-steps';

const ORIGIN = 'http://localhost:4123';
const guide = (locale: string, messages: AbstractIntlMessages) =>
  renderToStaticMarkup(
    <GuideSteps
      locale={locale}
      origin={ORIGIN}
      t={createTranslator({ locale, messages, namespace: 'apiDocs' })}
    />,
  );
const html = guide('es', es);
const documented = Object.keys(v1OpenApiDocument().paths ?? {});

describe('the API guide', () => {
  it('only shows endpoints the contract documents', () => {
    const shown = [...html.matchAll(/\/api\/v1\/[a-z/]+/g)].map(([path]) =>
      path.replace(/\/$/, ''),
    );
    expect(shown.length).toBeGreaterThan(3);
    for (const path of shown) {
      expect(
        documented.some((p) => p === path || p.startsWith(`${path}/{`)),
        path,
      ).toBe(true);
    }
  });

  it('shows commands that call the server it is served from', () => {
    const urls = [...html.matchAll(/curl (?:-X POST )?(\S+)/g)].map(([, url]) => url);
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url?.startsWith(`${ORIGIN}/api/v1/`), url).toBe(true);
  });

  it('names only real scopes', () => {
    const scopes = [...html.matchAll(/<code>([a-z]+:[a-z]+)<\/code>/g)].map(([, scope]) => scope);
    expect(scopes.length).toBeGreaterThan(3);
    for (const scope of scopes) expect(API_SCOPES).toContain(scope);
  });

  it('links to the key page in the reader’s language', () => {
    expect(html).toContain('href="/es/account/api-keys"');
  });

  it('walks through key, chart, reading and progress, in the reader’s language', () => {
    const titles = (markup: string) => [...markup.matchAll(/<h2>(.*?)<\/h2>/g)].map(([, t]) => t);
    expect(titles(html)).toEqual([
      '1. Crea una clave',
      '2. Calcula una carta',
      '3. Pide una lectura',
      '4. Sigue su progreso',
    ]);
    expect(titles(guide('en', en))).toEqual([
      '1. Create a key',
      '2. Compute a chart',
      '3. Request a reading',
      '4. Follow its progress',
    ]);
  });
});
