'use client';

import { StatementView } from '@healthpay/ui';
import { StatementActions } from './statement-actions';
import { usePortalLocale, useSettlementErrorText, useSettlementT } from './settlement-text';

/** One statement: the shared view with the pharmacy named and (finance) the next step with a confirmation. */
export function StatementDetail({ settlementId, canAct }: { settlementId: string; canAct: boolean }) {
  return (
    <StatementView settlementId={settlementId} t={useSettlementT()} locale={usePortalLocale()} errorText={useSettlementErrorText()} showPharmacy
      actions={canAct ? (s) => <StatementActions statement={s} /> : undefined} />
  );
}
