import { signedInPages } from '@healthpay/ui';
import { getTranslations } from 'next-intl/server';
import { requireStaff } from './session';

/** A console page: `staffPage(namespace, ({ me, t, params, search }) => …)`, signed in as staff (the layout checks too). */
export const staffPage = signedInPages(requireStaff, (namespace: string) => getTranslations(namespace));
