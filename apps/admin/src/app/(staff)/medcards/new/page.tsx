import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IssueCardForm } from '@/components/medcards/issue-card-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('medcards'))('issue.title') };
}

export default async function IssueCardPage() {
  const t = await getTranslations('medcards');
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-2xl font-semibold">{t('issue.heading')}</h1>
      <IssueCardForm />
    </div>
  );
}
