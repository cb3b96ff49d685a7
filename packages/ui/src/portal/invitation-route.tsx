import type { ComponentType, ReactNode } from 'react';
import { portalLocaleOf, type PortalLocale } from '../i18n/portal-locale';
import { PortalPublicPage } from './sign-in-page';

/** An invitation page's metadata besides its title: the token in its URL must not leave in a Referer header. */
export const INVITATION_METADATA = { referrer: 'no-referrer' } as const;

/**
 * A portal's `/invite/[token]` route, configured per app: public (no session), outside the signed-in frame. The
 * header (`header(locale)`, with the language switch: an invitee may not read the default language) and the app's
 * acceptance form for the token in the path.
 */
export function invitationRoute({ getLocale, header, Acceptance }: {
  getLocale: () => Promise<string>;
  header: (locale: PortalLocale) => ReactNode;
  Acceptance: ComponentType<{ token: string }>;
}) {
  return async function InvitationRoute({ params }: { params: Promise<{ token: string }> }) {
    const [{ token }, locale] = await Promise.all([params, getLocale()]);
    return (
      <PortalPublicPage header={header(portalLocaleOf(locale))} wide>
        <Acceptance token={token} />
      </PortalPublicPage>
    );
  };
}
