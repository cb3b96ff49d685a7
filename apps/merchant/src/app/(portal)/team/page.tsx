import { Notice, PageHeading } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { TeamInvitations } from '@/components/team/team-invitations';
import { TeamInviteForm } from '@/components/team/team-invite-form';
import { TeamMembers } from '@/components/team/team-members';
import { requirePharmacist } from '@/server/session';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('team');

/** A pharmacy manager's team: invite pharmacists, follow invitations, remove those who left. */
export default async function TeamPage() {
  const [me, t] = await Promise.all([requirePharmacist(), getTranslations('team')]);
  if (me.pharmacyRole !== 'manager') {
    return <Notice tone="warning" title={t('managersOnly')} />;
  }
  return (
    <div className="space-y-6">
      <PageHeading title={t('title')} intro={t('intro')} />
      <TeamInviteForm />
      <TeamInvitations />
      <TeamMembers me={me.id} />
    </div>
  );
}
