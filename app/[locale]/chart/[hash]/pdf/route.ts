import { db } from '@/db/client';
import { ChartPdfParamsSchema } from '@/lib/chart-pdf/chart-pdf-params';
import { createChartPdf } from '@/lib/chart-pdf/create-chart-pdf';
import { clientIp } from '@/lib/auth/client-ip';
import { route } from '@/lib/http/route-handler';
import { enforceLimit } from '@/lib/rate-limit/enforce-limit';

export const dynamic = 'force-dynamic';

/** The chart with its reading as a PDF download, in the page's locale. */
export const GET = route<{ locale: string; hash: string }>(async (request, { params }) => {
  const { locale, hash } = ChartPdfParamsSchema.parse(params);
  await enforceLimit(
    'chart-pdf-ip',
    clientIp(request.headers),
    (limit, wait) =>
      `${limit} PDFs in ten minutes is the most; try again in ${Math.ceil(wait / 60)} min.`,
  );
  const pdf = await createChartPdf(db(), { hash, locale });
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${pdf.filename}"`,
      'content-length': String(pdf.bytes.length),
      // The reading may still be replaced by the stored one once its job finishes.
      'cache-control': 'private, no-cache',
    },
  });
});
