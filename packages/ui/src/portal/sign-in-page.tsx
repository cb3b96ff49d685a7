import type { ReactNode } from 'react';
import { cn } from '../cn';

/**
 * A page outside the signed-in frame (sign-in, where an invitation's link lands, registration): the portal's header,
 * then one narrow column with an optional heading, intro and footer (a link to the other way in).
 */
export function PortalPublicPage({ header, heading, intro, footer, wide = false, children }: {
  header: ReactNode;
  heading?: ReactNode;
  intro?: ReactNode;
  footer?: ReactNode;
  /** A little wider column (an invitation's form). */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {header}
      <main className={cn('mx-auto px-4 py-10', wide ? 'max-w-lg' : 'max-w-md')}>
        {heading ? <h1 className="text-2xl font-semibold">{heading}</h1> : null}
        {intro ? <p className="mt-2 text-sm text-slate-600">{intro}</p> : null}
        {children}
        {footer ? <p className="mt-6 text-sm">{footer}</p> : null}
      </main>
    </>
  );
}

/** A password portal's sign-in page: its header (brand only), a heading and the form. */
export function PortalSignInPage({ header, heading, children }: { header: ReactNode; heading: ReactNode; children: ReactNode }) {
  return (
    <PortalPublicPage header={header} heading={heading}>
      {children}
    </PortalPublicPage>
  );
}

/**
 * A password portal's `/signin` route, configured per app: whoever is signed in already (`signedIn`) goes `home`
 * (a redirect: it never returns); everyone else gets the header, the heading from `messages` and the form.
 */
export function signInRoute({ signedIn, home, messages, header, form }: {
  signedIn: () => Promise<unknown>;
  home: () => never;
  messages: () => Promise<(key: string) => string>;
  header: ReactNode;
  form: ReactNode;
}) {
  return async function SignInRoute() {
    if (await signedIn()) home();
    const t = await messages();
    return (
      <PortalSignInPage header={header} heading={t('heading')}>
        {form}
      </PortalSignInPage>
    );
  };
}
