'use client';

import { StatementsList } from '@healthpay/ui';
import Link from 'next/link';
import { useUiLocale } from '@/i18n/ui-locale';
import { useSettlementErrorText, useSettlementT } from './settlement-text';

/** The pharmacy's own statements, newest period first (the API narrows a pharmacist to their pharmacy). */
export function MyStatements() {
  return (
    <div className="space-y-3">
      <StatementsList limit={20} t={useSettlementT()} locale={useUiLocale()} errorText={useSettlementErrorText()}
        href={(id) => `/settlements/${encodeURIComponent(id)}`} Link={Link} linkClassName="text-emerald-800 hover:underline" />
    </div>
  );
}
