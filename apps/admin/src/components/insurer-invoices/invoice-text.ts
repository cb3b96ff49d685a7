'use client';

import { errorTextOf, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = [
  'INSURER_INVOICE_NOT_FOUND', 'INSURER_INVOICE_ALREADY_EXISTS', 'INSURER_INVOICE_EMPTY', 'INVALID_INSURER_INVOICE',
  'INSURER_PAYMENT_EXCEEDS_OUTSTANDING', 'DUPLICATE_PAYMENT_REFERENCE', 'INVALID_STATE_TRANSITION', 'FORBIDDEN',
  'INSURER_INVOICE_NOTHING_TO_CREDIT', 'CLAIM_NOT_ON_INSURER_INVOICE', 'INSURER_CLAIM_ALREADY_CREDITED',
] as const;

export const INVOICE_STATUSES = ['draft', 'issued', 'partially_paid', 'paid'] as const;
export const usePortalLocale = (): 'ar' | 'en' => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes these screens meet; anything else generic). */
export const useInvoiceErrorText = () => errorTextOf(useTranslations('insurerInvoices.errors') as unknown as Translate, translated);

/** An invoice line's claim, (card, pharmacy, prescription), as a React key and for matching credited lines. */
export const lineKey = (l: { cardId: string; pharmacyId: string; prescriptionId: string }) => `${l.cardId}:${l.pharmacyId}:${l.prescriptionId}`;

export const statusTone = (s: string) => (s === 'paid' ? 'green' : s === 'draft' ? 'slate' : 'amber') as 'green' | 'slate' | 'amber';

/** What every insurer-invoice screen starts from: its messages, the page's language and error wording. */
export const useInvoiceScreen = () => ({ t: useTranslations('insurerInvoices'), locale: usePortalLocale(), errorText: useInvoiceErrorText() });
