import { FormPage } from '@healthpay/ui';
import { IssueCardForm } from '@/components/medcards/issue-card-form';
import { pageTitle } from '@/i18n/page-title';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('medcards', 'issue.title');

export default staffPage('medcards', ({ t }) => (
  <FormPage width="2xl" title={t('issue.heading')}>
    <IssueCardForm />
  </FormPage>
));
