/**
 * Birth governorate codes (digits 8–9 of the national ID), as published by the Civil Status Organization
 * and repeated by every public decoder: 01–04 city governorates, 11–19 Lower Egypt and the Canal, 21–29
 * Upper Egypt, 31–35 frontier governorates, 88 born abroad. No governorate uses 30 (or any other value):
 * such an ID is rejected rather than guessed.
 */
export const egyptianGovernorates = Object.freeze({
  '01': 'Cairo',
  '02': 'Alexandria',
  '03': 'Port Said',
  '04': 'Suez',
  '11': 'Damietta',
  '12': 'Dakahlia',
  '13': 'Sharqia',
  '14': 'Qalyubia',
  '15': 'Kafr El Sheikh',
  '16': 'Gharbia',
  '17': 'Monufia',
  '18': 'Beheira',
  '19': 'Ismailia',
  '21': 'Giza',
  '22': 'Beni Suef',
  '23': 'Faiyum',
  '24': 'Minya',
  '25': 'Asyut',
  '26': 'Sohag',
  '27': 'Qena',
  '28': 'Aswan',
  '29': 'Luxor',
  '31': 'Red Sea',
  '32': 'New Valley',
  '33': 'Matrouh',
  '34': 'North Sinai',
  '35': 'South Sinai',
  '88': 'Born abroad',
} as const);

export type GovernorateCode = keyof typeof egyptianGovernorates;

export const isGovernorateCode = (code: string): code is GovernorateCode => Object.hasOwn(egyptianGovernorates, code);
