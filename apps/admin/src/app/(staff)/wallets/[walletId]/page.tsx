import { WalletDetail } from '@/components/wallet/wallet-detail';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('wallets', 'wallet');

export default staffPage('wallets', ({ params }) => <WalletDetail walletId={params.walletId ?? ''} />);
