import type { ReactNode } from 'react';
import { errorTextOf } from '../lists/error-text';

/** A portal's translator of its `settlements` messages (next-intl's `useTranslations('settlements')`). */
export interface SettlementTranslator {
  (key: string, values?: Record<string, string | number>): string;
  rich(key: string, values: Record<string, string | number | ((chunks: ReactNode) => ReactNode)>): ReactNode;
}

/** An API error in the page's language: the codes the screen meets (`errors.<CODE>`), anything else `errors.generic`. */
export const settlementErrorText = (t: SettlementTranslator, codes: readonly string[]) => errorTextOf((key) => t(`errors.${key}`), codes);

export const bdi = (chunks: ReactNode): ReactNode => <bdi>{chunks}</bdi>;
