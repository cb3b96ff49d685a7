import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CardDetail } from '@/components/medcards/card-detail';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('medcards'))('card') };
}

export default async function MedCardPage({ params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return <CardDetail cardId={cardId} />;
}
