import { PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { DraftInvoiceForm } from '@/components/insurer-invoices/draft-invoice-form';
import { InvoiceList } from '@/components/insurer-invoices/invoice-list';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('insurerInvoices');

/** Finance: invoices to insurers for the benefits paid on their cards, and drafting the next one. */
export default async function InsurerInvoicesPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('insurerInvoices')]);
  return (
    <div className="space-y-4">
      <PageHeading title={t('title')} />
      <DraftInvoiceForm base="/finance/invoices" />
      <InvoiceList base="/finance/invoices" />
    </div>
  );
}
