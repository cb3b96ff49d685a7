import { PageHeading } from '@healthpay/ui';
import { staffMay } from '@healthpay/api';
import { getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '@/components/audit/forbidden-notice';
import { StaffConsole } from '@/components/staff/staff-console';
import { requireStaff } from '@/server/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('staff');

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Staff and pharmacists: invitations, roles, deactivation. `?invite=pharmacist&pharmacyId=…` opens the form for a pharmacy. */
export default async function StaffPage({ searchParams }: { searchParams: Search }) {
  const [me, t, search] = await Promise.all([requireStaff(), getTranslations('staff'), searchParams]);
  const superadmin = (staffMay.manageStaff as readonly string[]).includes(me.role);
  const mayInvite = superadmin || (staffMay.invitePharmacists as readonly string[]).includes(me.role);
  const pharmacyId = typeof search.pharmacyId === 'string' ? search.pharmacyId.slice(0, 100) : undefined;
  const prefill = search.invite === 'pharmacist' ? { kind: 'pharmacist' as const, pharmacyId } : undefined;
  return (
    <>
      <PageHeading title={t('title')} intro={superadmin ? t('intro') : t('introSupport')} className="mb-4" />
      {mayInvite ? <StaffConsole me={me.id} superadmin={superadmin} prefill={prefill} /> : <ForbiddenNotice>{t('errors.FORBIDDEN')}</ForbiddenNotice>}
    </>
  );
}
