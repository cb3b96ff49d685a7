import { staffMay } from '@healthpay/api';

/** What each permission opens. Home is the first page a role may use, so the patients' pages lead (every role reads them). */
const pagesByPermission: [permitted: readonly string[], pages: string[]][] = [
  [staffMay.readPatients, ['/wallets', '/medcards', '/insurance', '/payments', '/pharmacies']],
  [staffMay.manageAccounts, ['/wallets/new', '/medcards/new', '/members/import']],
  [staffMay.seeAnalytics, ['/analytics']],
  [staffMay.settlePharmacies, ['/finance/settlements', '/finance/fees']],
  [staffMay.keepBooks, ['/finance/ledger', '/finance/invoices']],
  [[...staffMay.manageStaff, ...staffMay.invitePharmacists], ['/staff']],
  [staffMay.administerSecurity, ['/organizations', '/tokens', '/audit']],
  [staffMay.watchSystem, ['/system']],
];

/** Whether `role` is one of a permission's roles (`staffMay.*`). */
export const may = (role: string, permitted: readonly string[]) => permitted.includes(role);

/** The console pages a staff role can use (the API enforces the same rules; this only tidies the nav). */
export function pagesFor(role: string): string[] {
  return pagesByPermission.filter(([permitted]) => may(role, permitted)).flatMap(([, pages]) => pages);
}
