import { portalLocaleOf } from '@healthpay/ui';
import { TRPCError } from '@trpc/server';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { routeParam } from '@/components/page/route-param';
import { titleMetadata } from '@/components/page/title-metadata';
import { PrintButton } from '@/components/receipt/print-button';
import { Receipt } from '@/components/receipt/receipt';
import { claimPath } from '@/lib/claim-paths';
import { requirePharmacist, serverCaller } from '@/server/session';
import '../../receipt.css';

export const generateMetadata = titleMetadata('summary.receipt');

/**
 * A claim's patient receipt, to print and hand over. Outside the portal's frame on purpose: the page is the
 * receipt and its two buttons (hidden on paper). Another pharmacy's claim is not found, as in `claims.get`.
 */
export default async function ReceiptPage({ params }: { params: Promise<{ cardId: string; prescriptionId: string }> }) {
  const me = await requirePharmacist();
  const p = await params;
  const key = { cardId: routeParam(p.cardId), prescriptionId: routeParam(p.prescriptionId) };
  const claim = await (await serverCaller()).claims.get(key).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  });
  const [locale, t] = await Promise.all([getLocale().then(portalLocaleOf), getTranslations('summary.receipt')]);
  const pharmacy = {
    name: (locale === 'ar' ? me.pharmacy?.nameAr : me.pharmacy?.name) ?? claim.pharmacyName ?? '',
    city: me.pharmacy?.city ?? '',
  };
  return (
    <main className="mx-auto max-w-md space-y-4 px-4 py-6 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={claimPath(claim)} className="text-sm font-medium text-emerald-800 underline">
          {t('back')}
        </Link>
        <PrintButton label={t('print')} />
      </div>
      <Receipt claim={claim} pharmacy={pharmacy} locale={locale} />
    </main>
  );
}
