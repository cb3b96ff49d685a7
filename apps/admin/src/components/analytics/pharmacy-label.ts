import { personName, type Locale } from '@healthpay/ui';

/** A pharmacy row as the analytics API gives it: English `pharmacyName`, Arabic `pharmacyNameAr`. */
export interface PharmacyNames {
  pharmacyId: string;
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
}

/**
 * The pharmacy's name in the viewer's language, else its other name, else its id (a pharmacy missing from the
 * read model). Names are structured data per locale, never one stored string.
 */
export const pharmacyLabel = (p: PharmacyNames, locale: Locale): string =>
  personName({ name: p.pharmacyName, nameAr: p.pharmacyNameAr }, locale) ?? p.pharmacyId;
