import { INVITATION_METADATA, invitationRoute, LocaleSwitch, PortalHeader } from '@healthpay/ui';
import { getLocale } from 'next-intl/server';
import { Brand } from '@/components/brand';
import { InviteAcceptance } from '@/components/invite/invite-acceptance';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('invite', 'pageTitle', INVITATION_METADATA);

const switchClass = 'rounded-lg px-2 py-1 text-sm text-emerald-100 hover:bg-white/10 hover:text-white';

/** Public (no session): where a pharmacist's invitation link lands; outside the signed-in layout. */
export default invitationRoute({
  getLocale,
  header: (locale) => <PortalHeader tone="pharmacy" brand={<Brand pharmacyName={null} />} actions={<LocaleSwitch current={locale} className={switchClass} />} />,
  Acceptance: InviteAcceptance,
});
