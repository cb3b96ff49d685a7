import { Notice } from '@healthpay/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TeamInvitations } from '@/components/team/team-invitations';
import { TeamInviteForm } from '@/components/team/team-invite-form';
import { TeamMembers } from '@/components/team/team-members';
import { requirePharmacist } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('title') };
}

/** A pharmacy manager's team: invite pharmacists, follow invitations, remove those who left. */
export default async function TeamPage() {
  const [me, t] = await Promise.all([requirePharmacist(), getTranslations('team')]);
  if (me.pharmacyRole !== 'manager') {
    return <Notice tone="warning" title={t('managersOnly')} />;
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <TeamInviteForm />
      <TeamInvitations />
      <TeamMembers me={me.id} />
    </div>
  );
}
