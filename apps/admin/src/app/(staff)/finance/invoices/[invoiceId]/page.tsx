import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { InvoiceDetail } from '@/components/insurer-invoices/invoice-detail';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insurerInvoices'))('title') };
}

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
