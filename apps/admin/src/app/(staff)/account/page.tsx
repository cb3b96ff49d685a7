import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@healthpay/ui';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { TwoStepSettings } from '@/components/account/two-step-settings';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('account');

export default staffPage('account', async ({ me, t }) => {
  const roles = await getTranslations('staff.roles');
  const role = roles.has(me.role) ? roles(me.role) : me.role.replace('_', ' ');
  return (
    <>
      <PageHeading title={t('title')} intro={<><bdi>{me.name}</bdi> · <bdi>{me.email}</bdi> · {role}</>} className="mb-4" />
      <div className="space-y-4">
        <TwoStepSettings />
        <SignOutEverywhere />
      </div>
    </>
  );
});
