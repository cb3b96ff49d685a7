import { LocaleSwitch, portalLocaleOf } from '@healthpay/ui';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Brand } from '@/components/brand';
import { InviteAcceptance } from '@/components/invite/invite-acceptance';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invite'))('pageTitle'), referrer: 'no-referrer' };
}

/** Public (no session): where a pharmacist's invitation link lands; outside the signed-in layout. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, locale] = await Promise.all([params, getLocale()]);
  return (
    <>
      <header className="bg-emerald-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Brand pharmacyName={null} />
          <LocaleSwitch current={portalLocaleOf(locale)} className="rounded-lg px-2 py-1 text-sm text-emerald-100 hover:bg-white/10 hover:text-white" />
        </div>
      </header>
      <main className="mx-auto max-w-lg px-4 py-10">
        <InviteAcceptance token={token} />
      </main>
    </>
  );
}
