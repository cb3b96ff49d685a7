import { PageHeading } from '@healthpay/ui';
import { TokensConsole } from '@/components/tokens/tokens-console';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('tokens');

export default staffPage('tokens', ({ t }) => (
  <>
    <PageHeading title={t('title')} intro={t('intro')} className="mb-4" />
    <TokensConsole />
  </>
));
