import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { InvoiceDetail } from '@/components/insurer-invoices/invoice-detail';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('insurerInvoices');

export default async function InsurerInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const [, t] = await Promise.all([requireStaff(), getTranslations('insurerInvoices')]);
  return (
    <>
      <Link href="/finance/invoices" className="mb-3 inline-block text-sm text-teal-800 underline">{t('detail.back')}</Link>
      <InvoiceDetail invoiceId={decodeURIComponent(invoiceId)} />
    </>
  );
}
