import { PageHeading } from '@healthpay/ui';
import { staffMay } from '@healthpay/api';
import { ForbiddenNotice } from '@/components/audit/forbidden-notice';
import { StaffConsole } from '@/components/staff/staff-console';
import { pageTitle } from '@/i18n/page-title';
import { may } from '@/server/pages-for';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('staff');

/** Staff and pharmacists: invitations, roles, deactivation. `?invite=pharmacist&pharmacyId=…` opens the form for a pharmacy. */
export default staffPage('staff', ({ me, t, search }) => {
  const superadmin = may(me.role, staffMay.manageStaff);
  const mayInvite = superadmin || may(me.role, staffMay.invitePharmacists);
  const pharmacyId = typeof search.pharmacyId === 'string' ? search.pharmacyId.slice(0, 100) : undefined;
  const prefill = search.invite === 'pharmacist' ? { kind: 'pharmacist' as const, pharmacyId } : undefined;
  return (
    <>
      <PageHeading title={t('title')} intro={superadmin ? t('intro') : t('introSupport')} className="mb-4" />
      {mayInvite ? <StaffConsole me={me.id} superadmin={superadmin} prefill={prefill} /> : <ForbiddenNotice>{t('errors.FORBIDDEN')}</ForbiddenNotice>}
    </>
  );
});
