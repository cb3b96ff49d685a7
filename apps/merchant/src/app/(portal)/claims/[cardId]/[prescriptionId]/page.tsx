import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClaimDetail } from '@/components/claims/claim-detail';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('claims.detail'))('prescription') };
}

/** Route params arrive decoded or not depending on the characters; decode once, tolerating a stray '%'. */
const decoded = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

export default async function ClaimPage({ params }: { params: Promise<{ cardId: string; prescriptionId: string }> }) {
  const { cardId, prescriptionId } = await params;
  return <ClaimDetail cardId={decoded(cardId)} prescriptionId={decoded(prescriptionId)} />;
}
