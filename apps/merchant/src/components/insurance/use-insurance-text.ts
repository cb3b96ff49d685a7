'use client';

import { errorInfo, type DocumentUploadLabels, type Locale } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

/** The page's locale, the upload field's labels and an error's wording (codes of this screen; others generic). */
export function useInsuranceText() {
  const t = useTranslations('insurance');
  const locale: Locale = useLocale() === 'ar' ? 'ar' : 'en';
  return useMemo(() => {
    const errorText = (errorOrCode: unknown): string => {
      const code = typeof errorOrCode === 'string' ? errorOrCode : errorInfo(errorOrCode).code;
      return t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.generic') : t('errors.generic');
    };
    const uploadLabels: DocumentUploadLabels = {
      label: t('upload.label'),
      hint: t('upload.hint'),
      uploading: t('upload.uploading'),
      remove: t('upload.remove'),
      tooMany: t('upload.tooMany'),
      notStored: t('upload.notStored'),
      errorFor: errorText,
    };
    return { t, locale, errorText, uploadLabels };
  }, [t, locale]);
}
