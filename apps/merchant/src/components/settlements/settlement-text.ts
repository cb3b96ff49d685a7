'use client';

import { settlementErrorText, type SettlementTranslator } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** This portal's `settlements` messages, in the shape the shared statement screens take. */
export const useSettlementT = (): SettlementTranslator => useTranslations('settlements') as unknown as SettlementTranslator;

/** An API error in the page's language (the codes a pharmacy meets here; anything else generic). */
export const useSettlementErrorText = () => settlementErrorText(useSettlementT(), ['SETTLEMENT_NOT_FOUND', 'FORBIDDEN']);
