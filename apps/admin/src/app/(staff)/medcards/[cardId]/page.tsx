import type { Metadata } from 'next';
import { CardDetail } from '@/components/medcards/card-detail';

export const metadata: Metadata = { title: 'MedCard' };

export default async function MedCardPage({ params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return <CardDetail cardId={cardId} />;
}
