import { staffMay } from '@healthpay/api';

const may = (roles: readonly string[], role: string) => roles.includes(role);

/** The console pages a staff role can use (the API enforces the same rules; this only tidies the nav). */
export function pagesFor(role: string): string[] {
  const pages: [string, readonly string[]][] = [
    ['/wallets', staffMay.readPatients],
    ['/wallets/new', staffMay.manageAccounts],
    ['/medcards', staffMay.readPatients],
    ['/medcards/new', staffMay.manageAccounts],
    ['/insurance', staffMay.readPatients],
    ['/payments', staffMay.readPatients],
    ['/pharmacies', staffMay.readPatients],
    ['/analytics', staffMay.seeAnalytics],
    ['/finance/settlements', staffMay.settlePharmacies],
    ['/finance/fees', staffMay.settlePharmacies],
    ['/finance/ledger', staffMay.keepBooks],
    ['/finance/invoices', staffMay.keepBooks],
    ['/staff', [...staffMay.manageStaff, ...staffMay.invitePharmacists]],
    ['/members/import', staffMay.manageAccounts],
    ['/organizations', staffMay.administerSecurity],
    ['/tokens', staffMay.administerSecurity],
    ['/audit', staffMay.administerSecurity],
    ['/system', staffMay.watchSystem],
  ];
  return pages.filter(([, roles]) => may(roles, role)).map(([href]) => href);
}
