/**
 * Builds an Egyptian national ID `CYYMMDDGGSSSSV` for a birth date 'YYYY-MM-DD' (test data only: the check
 * digit is arbitrary because its algorithm is not public). The serial's last digit gives the gender.
 */
export const nationalIdFor = (birthDate: string, governorate = '01', serial = '0123', checkDigit = '5'): string => {
  const [year = '', month = '', day = ''] = birthDate.split('-');
  const century = year.startsWith('19') ? '2' : year.startsWith('20') ? '3' : '9';
  return `${century}${year.slice(2)}${month}${day}${governorate}${serial}${checkDigit}`;
};
