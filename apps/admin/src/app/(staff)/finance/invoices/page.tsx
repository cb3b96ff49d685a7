import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DraftInvoiceForm } from '@/components/insurer-invoices/draft-invoice-form';
import { InvoiceList } from '@/components/insurer-invoices/invoice-list';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insurerInvoices'))('title') };
}

/** Finance: invoices to insurers for the benefits paid on their cards, and drafting the next one. */
export default async function InsurerInvoicesPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('insurerInvoices')]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <DraftInvoiceForm base="/finance/invoices" />
      <InvoiceList base="/finance/invoices" />
    </div>
  );
}
