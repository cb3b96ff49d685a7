import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** A page's `generateMetadata`: its title from one message, in the page's language. */
export const titleMetadata =
  (namespace: string, key = 'title') =>
  async (): Promise<Metadata> => ({ title: (await getTranslations(namespace))(key) });
