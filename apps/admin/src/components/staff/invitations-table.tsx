'use client';

import { ChoiceField, INVITATION_STATUSES, InvitationsTable as SharedInvitationsTable, type InvitationStatus, type Translate } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRoleName, useStaffErrorText, useStaffLocale } from './staff-text';

/** Invitations of one kind, filterable by status, with revoke and resend for those not accepted. */
export function InvitationsTable({ kind, pharmacyId }: { kind: 'staff' | 'pharmacists'; pharmacyId?: string }) {
  const t = useTranslations('staff.invitations') as unknown as Translate;
  const roleName = useRoleName();
  const [status, setStatus] = useState<InvitationStatus | ''>('pending');
  const filter = (
    <ChoiceField label={t('filter')} value={status} onChange={(e) => setStatus(e.target.value as InvitationStatus | '')} all={t('all')}
      choices={INVITATION_STATUSES} choiceLabel={(s) => t(s)} />
  );
  return (
    <SharedInvitationsTable input={{ kind, ...(pharmacyId ? { pharmacyId } : {}), ...(status ? { status } : {}) }} t={t} locale={useStaffLocale()}
      errorText={useStaffErrorText()} headingId={`invitations-${kind}-heading`} roleName={(i) => roleName(i.role, i.pharmacyRole)} filter={filter} />
  );
}
