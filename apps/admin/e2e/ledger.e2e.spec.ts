import { expect, piastersIn, test } from '../../../e2e/support/fixtures';

test('finance reads a balanced trial balance and drills into a wallet’s entries, in English and Arabic', async ({ staff }) => {
  const admin = await staff();
  await admin.goto('/finance/ledger');
  await expect(admin.getByRole('heading', { level: 1, name: 'Ledger' })).toBeVisible();
  await expect(admin.getByText('Balanced: debits equal credits.')).toBeVisible();
  const table = admin.getByRole('table', { name: 'Trial balance' });
  const total = table.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'Total' }) });
  // The last cell is Σ(debit − credit): exactly 0 piasters.
  expect(await piastersIn(total.getByRole('cell').last())).toBe(0);

  await table.getByRole('link', { name: 'Patient wallets' }).click();
  const wallets = admin.getByRole('table', { name: 'Accounts: Patient wallets' });
  await expect(wallets).toBeVisible();
  await wallets.getByRole('link').first().click();
  await expect(admin.getByRole('table', { name: 'Account entries' })).toBeVisible();
  await expect(admin).toHaveURL(/account=wallet%3A/);

  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insurer invoices' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Insurer invoices' })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Draft an invoice' }).getByLabel('Insurer')).toContainText('Misr Insurance');

  await admin.context().addCookies([{ name: 'hp-locale', value: 'ar', url: new URL(admin.url()).origin }]);
  await admin.goto('/finance/ledger');
  await expect(admin.getByRole('heading', { level: 1, name: 'دفتر الأستاذ' })).toBeVisible();
  await expect(admin.getByText('متوازن: المدين يساوي الدائن.')).toBeVisible();
  await expect(admin.locator('html')).toHaveAttribute('dir', 'rtl');
});
