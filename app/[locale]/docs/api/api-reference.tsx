'use client';

import dynamic from 'next/dynamic';
import 'swagger-ui-react/swagger-ui.css';

/** Swagger UI touches `window` on import, so it only ever loads in the browser. */
const SwaggerUI = dynamic(() => import('swagger-ui-react'), {
  ssr: false,
  loading: () => <p>Loading the reference…</p>,
});

/** The interactive reference, rendered from the served OpenAPI document (same origin, no CDN). */
export function ApiReference({ specUrl }: { specUrl: string }) {
  return (
    <SwaggerUI
      url={specUrl}
      docExpansion="list"
      defaultModelsExpandDepth={0}
      deepLinking
      persistAuthorization={false}
      tryItOutEnabled={false}
    />
  );
}
