import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MemberImport } from '@/components/members/member-import';
import { requireStaff } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('members.import'))('title') };
}

export default async function MemberImportPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations('members.import')]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('intro')}</p>
      <MemberImport canChooseOrganization={me.role === 'superadmin'} />
    </>
  );
}
