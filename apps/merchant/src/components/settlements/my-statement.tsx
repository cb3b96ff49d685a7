'use client';

import { StatementView } from '@healthpay/ui';
import { useUiLocale } from '@/i18n/ui-locale';
import { useSettlementErrorText, useSettlementT } from './settlement-text';

/** One of the pharmacy's statements: status, totals, each line, and downloads (CSV, PDF in Arabic or English). */
export function MyStatement({ settlementId }: { settlementId: string }) {
  return <StatementView settlementId={settlementId} t={useSettlementT()} locale={useUiLocale()} errorText={useSettlementErrorText()} />;
}
