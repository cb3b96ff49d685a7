import { parseAmount } from '@healthpay/ui';

/** The import file's columns, in the template's order. Family members: family1… to family4… */
export const REQUIRED_COLUMNS = ['externalId', 'nationalId', 'phone', 'nameEn'] as const;
const OPTIONAL_COLUMNS = ['nameAr', 'locale', 'cardTier', 'monthlyLimit', 'copaymentPercent'] as const;
const FAMILY_FIELDS = ['Relationship', 'NationalId', 'Name'] as const;
export const MAX_FAMILY = 4;
export const FAMILY_COLUMNS = Array.from({ length: MAX_FAMILY }, (_, i) => FAMILY_FIELDS.map((f) => `family${i + 1}${f}`)).flat();
export const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...FAMILY_COLUMNS];
export const MAX_ROWS = 10_000;

/** A template with one example row (a made-up person). */
export const TEMPLATE_ROWS = [
  { externalId: 'EMP-00042', nationalId: '29001010101235', phone: '01012345678', nameEn: 'Sara Mahmoud', nameAr: 'سارة محمود', locale: 'ar', cardTier: 'silver', monthlyLimit: '2000', copaymentPercent: '10', family1Relationship: 'child', family1NationalId: '31802150100015', family1Name: 'Omar Mahmoud' },
];

export function headerProblems(fields: readonly string[]): { missing: string[]; unknown: string[] } {
  return {
    missing: REQUIRED_COLUMNS.filter((c) => !fields.includes(c)),
    unknown: fields.filter((f) => f.trim() !== '' && !ALL_COLUMNS.includes(f)),
  };
}

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

/**
 * One CSV row → members.bulk's row (amounts in piasters). Cells are passed on as typed: the server checks each
 * row (a bad cell is that row's error, reported in the result file, never the whole import's).
 */
export function rowOf(cells: Record<string, string | undefined>): unknown {
  const v = (k: string) => (blank(cells[k]) ? undefined : (cells[k] as string).trim());
  const limit = v('monthlyLimit');
  const parsedLimit = limit === undefined ? undefined : parseAmount(limit);
  const copay = v('copaymentPercent');
  const family = Array.from({ length: MAX_FAMILY }, (_, i) => ({
    relationship: v(`family${i + 1}Relationship`),
    nationalId: v(`family${i + 1}NationalId`),
    name: v(`family${i + 1}Name`),
  })).filter((f) => f.relationship !== undefined || f.nationalId !== undefined || f.name !== undefined);
  const tier = v('cardTier');
  return {
    externalId: v('externalId') ?? '',
    nationalId: v('nationalId') ?? '',
    phone: v('phone') ?? '',
    nameEn: v('nameEn') ?? '',
    ...(v('nameAr') !== undefined && { nameAr: v('nameAr') }),
    ...(v('locale') !== undefined && { locale: v('locale') }),
    ...(tier !== undefined && {
      card: {
        tier,
        // A limit that is not an amount is sent as typed, so the server reports it on this row.
        ...(limit !== undefined && { monthlyLimit: parsedLimit?.ok ? parsedLimit.piasters : limit }),
        ...(copay !== undefined && { copaymentPercent: /^\d+$/.test(copay) ? Number(copay) : copay }),
      },
    }),
    ...(family.length > 0 && { family }),
  };
}
