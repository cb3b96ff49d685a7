import { CardDetail } from '@/components/medcards/card-detail';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('medcards', 'card');

export default staffPage('medcards', ({ params }) => <CardDetail cardId={params.cardId ?? ''} />);
