'use client';

import { useEffect, useRef, useState } from 'react';
import 'swagger-ui-dist/swagger-ui.css';

interface SwaggerBundle {
  (options: Record<string, unknown>): unknown;
}

/**
 * The interactive reference, rendered from the served OpenAPI document (same origin, no CDN).
 * Uses swagger-ui-dist's prebuilt bundle: Turbopack miscompiles swagger-ui-react's sources
 * ("refract is not a function", vercel/next.js#86507). It touches `window`, so it loads here.
 */
export function ApiReference({ specUrl, loading }: { specUrl: string; loading: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void import('swagger-ui-dist/swagger-ui-bundle.js').then((module) => {
      const bundle = ((module as { default?: SwaggerBundle }).default ?? module) as SwaggerBundle;
      if (cancelled || !container.current) return;
      bundle({
        domNode: container.current,
        url: specUrl,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        deepLinking: true,
        persistAuthorization: false,
        tryItOutEnabled: false,
      });
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [specUrl]);

  return (
    <div>
      {!ready && <p>{loading}</p>}
      <div ref={container} />
    </div>
  );
}
