import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SystemStatusView } from '@/components/system/system-status-view';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('system'))('title') };
}

/** Support and superadmins: is the system healthy? (the API refuses other roles; the nav hides the link from them). */
export default async function SystemPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations('system')]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 text-sm text-slate-600">{t.rich('intro', { bdi: (c) => <bdi>{c}</bdi> })}</p>
      <SystemStatusView />
    </>
  );
}
