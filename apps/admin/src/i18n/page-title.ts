import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** A page's `generateMetadata`: its title from `namespace.key` in the viewer's language. */
export const pageTitle = (namespace: string, key = 'title') => async (): Promise<Metadata> => ({
  title: ((await getTranslations(namespace)) as unknown as (k: string) => string)(key),
});
