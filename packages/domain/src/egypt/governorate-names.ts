import { egyptianGovernorates, type GovernorateCode } from './governorates';

/**
 * The 27 governorates with their Arabic and English names, keyed by the same two-digit code the Civil Status
 * Organization uses in national IDs (governorates.ts), so one code names a governorate everywhere.
 */
export const governorateNames = Object.freeze({
  '01': { en: 'Cairo', ar: 'القاهرة' },
  '02': { en: 'Alexandria', ar: 'الإسكندرية' },
  '03': { en: 'Port Said', ar: 'بورسعيد' },
  '04': { en: 'Suez', ar: 'السويس' },
  '11': { en: 'Damietta', ar: 'دمياط' },
  '12': { en: 'Dakahlia', ar: 'الدقهلية' },
  '13': { en: 'Sharqia', ar: 'الشرقية' },
  '14': { en: 'Qalyubia', ar: 'القليوبية' },
  '15': { en: 'Kafr El Sheikh', ar: 'كفر الشيخ' },
  '16': { en: 'Gharbia', ar: 'الغربية' },
  '17': { en: 'Monufia', ar: 'المنوفية' },
  '18': { en: 'Beheira', ar: 'البحيرة' },
  '19': { en: 'Ismailia', ar: 'الإسماعيلية' },
  '21': { en: 'Giza', ar: 'الجيزة' },
  '22': { en: 'Beni Suef', ar: 'بني سويف' },
  '23': { en: 'Faiyum', ar: 'الفيوم' },
  '24': { en: 'Minya', ar: 'المنيا' },
  '25': { en: 'Asyut', ar: 'أسيوط' },
  '26': { en: 'Sohag', ar: 'سوهاج' },
  '27': { en: 'Qena', ar: 'قنا' },
  '28': { en: 'Aswan', ar: 'أسوان' },
  '29': { en: 'Luxor', ar: 'الأقصر' },
  '31': { en: 'Red Sea', ar: 'البحر الأحمر' },
  '32': { en: 'New Valley', ar: 'الوادي الجديد' },
  '33': { en: 'Matrouh', ar: 'مطروح' },
  '34': { en: 'North Sinai', ar: 'شمال سيناء' },
  '35': { en: 'South Sinai', ar: 'جنوب سيناء' },
} satisfies Record<Exclude<GovernorateCode, '88'>, { en: string; ar: string }>);

/** A place a pharmacy can be: one of the 27 (not "born abroad"). */
export type Governorate = keyof typeof governorateNames;

export const governorateCodes = Object.keys(governorateNames) as Governorate[];

export const isGovernorate = (code: string): code is Governorate =>
  Object.hasOwn(governorateNames, code) && Object.hasOwn(egyptianGovernorates, code);
