import { describe, expect, it } from 'vitest';
import { may, pagesFor } from './pages-for';

describe('pagesFor', () => {
  it('starts every role at the wallets (home)', () => {
    for (const role of ['support', 'finance', 'claims_reviewer', 'superadmin']) expect(pagesFor(role)[0]).toBe('/wallets');
  });

  it('gives finance the money pages and not the account or security ones', () => {
    const pages = pagesFor('finance');
    expect(pages).toEqual(expect.arrayContaining(['/analytics', '/finance/settlements', '/finance/fees', '/finance/ledger', '/finance/invoices']));
    expect(pages).not.toContain('/wallets/new');
    expect(pages).not.toContain('/tokens');
  });

  it('gives support the account pages, staff invitations and the system page', () => {
    expect(pagesFor('support')).toEqual(expect.arrayContaining(['/wallets/new', '/medcards/new', '/members/import', '/staff', '/system']));
    expect(pagesFor('support')).not.toContain('/finance/ledger');
  });

  it('knows no pages for a role that is not staff', () => {
    expect(pagesFor('pharmacist')).toEqual([]);
    expect(may('patient', ['superadmin'])).toBe(false);
  });
});
