import { staffMay } from '@healthpay/api';
import Link from 'next/link';
import { PharmacyDetail } from '@/components/pharmacies/pharmacy-detail';
import { pageTitle } from '@/i18n/page-title';
import { may } from '@/server/pages-for';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('pharmacies');

// Status actions and invitations for support and superadmins; the API enforces the same rule.
export default staffPage('pharmacies', ({ me, t, params }) => (
  <>
    <Link href="/pharmacies" className="mb-3 inline-block text-sm text-teal-800 underline">
      {t('back')}
    </Link>
    <PharmacyDetail pharmacyId={decodeURIComponent(params.pharmacyId ?? '')} canManage={may(me.role, staffMay.manageAccounts)} />
  </>
));
