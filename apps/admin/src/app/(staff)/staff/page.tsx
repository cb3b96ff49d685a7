import { staffMay } from '@healthpay/api';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '@/components/audit/forbidden-notice';
import { StaffConsole } from '@/components/staff/staff-console';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('title') };
}

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
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-sm text-slate-600">{superadmin ? t('intro') : t('introSupport')}</p>
      {mayInvite ? <StaffConsole me={me.id} superadmin={superadmin} prefill={prefill} /> : <ForbiddenNotice>{t('errors.FORBIDDEN')}</ForbiddenNotice>}
    </>
  );
}
