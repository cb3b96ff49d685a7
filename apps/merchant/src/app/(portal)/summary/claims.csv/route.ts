import { toAppError } from '@healthpay/api';
import { claimsCsv, type ClaimsCsvLabels } from '@healthpay/api/exports';
import { cairoDayOf, LOCALE_COOKIE, portalLocaleOf } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { searchFromParams, searchInput } from '@/lib/claim-search';
import { serverCaller } from '@/server/session';

/** Words of the file in the pharmacist's language (the same cookie as the pages). */
async function labelsFor(locale: 'ar' | 'en'): Promise<ClaimsCsvLabels & { filename: string }> {
  const [t, tClaims] = await Promise.all([getTranslations({ locale, namespace: 'summary.csv' }), getTranslations({ locale, namespace: 'claims' })]);
  const keys = ['decidedAt', 'prescriptionId', 'cardNumber', 'patient', 'status', 'submitted', 'copay', 'copayPaidFrom', 'benefit', 'currency'] as const;
  return {
    header: Object.fromEntries(keys.map((k) => [k, t(k)])) as ClaimsCsvLabels['header'],
    status: tClaims.raw('status') as Record<string, string>,
    paidFrom: { wallet: tClaims('paidFrom.wallet'), cash: tClaims('paidFrom.cash') },
    truncated: t('truncated'),
    filename: t('filename'),
  };
}

/**
 * The claim search as a CSV download: the same URL parameters as the summary page's search, the same
 * `claims.search` procedure (the caller's own pharmacy only), streamed page by page.
 */
export async function GET(request: Request): Promise<Response> {
  const search = searchFromParams(new URL(request.url).searchParams);
  const locale = portalLocaleOf((await cookies()).get(LOCALE_COOKIE)?.value);
  const { filename, ...labels } = await labelsFor(locale);
  try {
    const caller = await serverCaller(new Headers(request.headers));
    const body = await claimsCsv((cursor) => caller.claims.search({ ...searchInput(search), cursor, limit: 100 }), labels);
    const name = `${filename}-${cairoDayOf()}.csv`;
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        // ASCII fallback first, then the UTF-8 name (Arabic) for browsers that read RFC 5987.
        'content-disposition': `attachment; filename="claims-${cairoDayOf()}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    const app = toAppError(error);
    return new Response(app.code, { status: app.httpStatus, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
}
