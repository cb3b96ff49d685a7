/**
 * A portal's `generateMetadata` maker, bound once per app to next-intl's `getTranslations` (the kit has no
 * next-intl dependency): the page's title from `namespace.key` in the viewer's language, plus any other metadata.
 */
export const pageTitles =
  (getTranslations: (namespace: string) => Promise<(key: string) => string>) =>
  <More extends object>(namespace: string, key = 'title', more?: More) =>
  async () => ({ ...more, title: (await getTranslations(namespace))(key) });
