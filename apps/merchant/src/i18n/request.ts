import { LOCALE_COOKIE, portalRequestConfig } from '@healthpay/ui';
import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { namespaces } from '../../messages/namespaces';
import { currentUser } from '../server/session';

/**
 * The language comes from the `hp-locale` cookie the switch in the header sets (no locale in the URL); without
 * one, from the signed-in pharmacist's remembered language (the portal layout then stores it in the cookie).
 */
export default getRequestConfig(async () =>
  portalRequestConfig((await cookies()).get(LOCALE_COOKIE)?.value, async () => (await currentUser())?.locale, namespaces, (l, ns) =>
    import(`../../messages/${l}/${ns}.json`),
  ),
);
