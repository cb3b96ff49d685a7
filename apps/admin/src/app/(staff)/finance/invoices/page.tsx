import { PageHeading } from '@healthpay/ui';
import { DraftInvoiceForm } from '@/components/insurer-invoices/draft-invoice-form';
import { InvoiceList } from '@/components/insurer-invoices/invoice-list';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('insurerInvoices');

/** Finance: invoices to insurers for the benefits paid on their cards, and drafting the next one. */
export default staffPage('insurerInvoices', ({ t }) => (
  <div className="space-y-4">
    <PageHeading title={t('title')} />
    <DraftInvoiceForm base="/finance/invoices" />
    <InvoiceList base="/finance/invoices" />
  </div>
));
