import { ClaimDetail } from '@/components/claims/claim-detail';
import { routeParam } from '@/components/page/route-param';
import { titleMetadata } from '@/components/page/title-metadata';

export const generateMetadata = titleMetadata('claims.detail', 'prescription');

export default async function ClaimPage({ params }: { params: Promise<{ cardId: string; prescriptionId: string }> }) {
  const { cardId, prescriptionId } = await params;
  return <ClaimDetail cardId={routeParam(cardId)} prescriptionId={routeParam(prescriptionId)} />;
}
