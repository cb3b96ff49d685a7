'use client';

import { InvitationsTable, type Translate } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useTeamErrorText, useTeamLocale } from './team-text';

/** The pharmacy's invitations (the API limits a manager to their own pharmacy's), with resend and revoke. */
export function TeamInvitations() {
  return (
    <InvitationsTable input={{ kind: 'pharmacists', limit: 50 }} t={useTranslations('team.invitations') as unknown as Translate} locale={useTeamLocale()}
      errorText={useTeamErrorText()} headingId="team-invitations-heading" />
  );
}
