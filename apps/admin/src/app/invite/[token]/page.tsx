import { INVITATION_METADATA, invitationRoute, LocaleSwitch, PortalHeader } from '@healthpay/ui';
import { getLocale } from 'next-intl/server';
import { Brand } from '@/components/brand';
import { InviteAcceptance } from '@/components/invite/invite-acceptance';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('invite', 'pageTitle', INVITATION_METADATA);

/** Public (no session): where an invitation email's link lands; outside the signed-in layout. */
export default invitationRoute({
  getLocale,
  header: (locale) => <PortalHeader tone="staff" brand={<Brand />} actions={<LocaleSwitch current={locale} />} />,
  Acceptance: InviteAcceptance,
});
