import { loadNamespaces, portalLocaleOf, LOCALE_COOKIE } from '@healthpay/ui';
import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { namespaces } from '../../messages/namespaces';

/** The language comes from the `hp-locale` cookie the switch in the header sets (no locale in the URL). */
export default getRequestConfig(async () => {
  const locale = portalLocaleOf((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: 'Africa/Cairo',
    messages: await loadNamespaces(namespaces, (l, ns) => import(`../../messages/${l}/${ns}.json`), locale),
  };
});
