import { db } from '@/db/client';
import { ChartPdfParamsSchema } from '@/lib/chart-pdf/chart-pdf-params';
import { createChartPdf } from '@/lib/chart-pdf/create-chart-pdf';
import { route } from '@/lib/http/route-handler';

export const dynamic = 'force-dynamic';

/** The chart with its reading as a PDF download, in the page's locale. */
export const GET = route<{ locale: string; hash: string }>(async (_request, { params }) => {
  const { locale, hash } = ChartPdfParamsSchema.parse(params);
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
