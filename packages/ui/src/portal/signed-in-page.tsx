import type { ReactNode } from 'react';

/** What Next.js hands a page (both promises; a page without dynamic segments gets empty params). */
export interface PageProps {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** What a signed-in page renders from: its user, its namespace's messages, the route's params and the query. */
export interface SignedInPage<User, T> {
  me: User;
  t: T;
  params: Record<string, string>;
  search: Record<string, string | string[] | undefined>;
}

/**
 * The pages of a signed-in portal, configured once per app: `requireUser` (the app's session loader: cached per
 * request, it sends anyone else to sign-in) and next-intl's `getTranslations`. Each page then names its messages'
 * namespace and renders; the user, messages and route params load together, before anything renders.
 */
export function signedInPages<User, T>(requireUser: () => Promise<User>, getTranslations: (namespace: string) => Promise<T>) {
  return (namespace: string, render: (page: SignedInPage<User, T>) => ReactNode | Promise<ReactNode>) =>
    async function Page({ params, searchParams }: PageProps) {
      const [me, t, routeParams, search] = await Promise.all([requireUser(), getTranslations(namespace), params, searchParams]);
      return render({ me, t, params: routeParams, search });
    };
}
