import type { Metadata } from 'next';
import { IssueCardForm } from '@/components/medcards/issue-card-form';

export const metadata: Metadata = { title: 'Issue card' };

export default function IssueCardPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-2xl font-semibold">Issue a MedCard</h1>
      <IssueCardForm />
    </div>
  );
}
