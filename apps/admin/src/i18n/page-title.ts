import { pageTitles } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';

/** A page's `generateMetadata`: its title from `namespace.key` in the viewer's language. */
export const pageTitle = pageTitles((namespace) => getTranslations(namespace));
