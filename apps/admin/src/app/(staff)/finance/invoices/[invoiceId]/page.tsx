import Link from 'next/link';
import { InvoiceDetail } from '@/components/insurer-invoices/invoice-detail';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('insurerInvoices');

export default staffPage('insurerInvoices', ({ t, params }) => (
  <>
    <Link href="/finance/invoices" className="mb-3 inline-block text-sm text-teal-800 underline">{t('detail.back')}</Link>
    <InvoiceDetail invoiceId={decodeURIComponent(params.invoiceId ?? '')} />
  </>
));
