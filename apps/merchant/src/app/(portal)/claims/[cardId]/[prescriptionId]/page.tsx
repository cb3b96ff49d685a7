import type { Metadata } from 'next';
import { ClaimDetail } from '@/components/claims/claim-detail';

export const metadata: Metadata = { title: 'Claim' };

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
