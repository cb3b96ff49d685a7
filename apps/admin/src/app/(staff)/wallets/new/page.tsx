import { FormPage } from '@healthpay/ui';
import { OpenWalletForm } from '@/components/open-wallet-form';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('wallets', 'open.title');

export default staffPage('wallets', ({ t }) => (
  <FormPage title={t('open.title')}>
    <OpenWalletForm />
  </FormPage>
));
