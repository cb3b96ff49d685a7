import { randomUUID } from 'node:crypto';
import { expect, piastersIn, reloadUntil, test } from '../../../e2e/support/fixtures';

// Both tests work on Omar's wallet (the patient-portal specs use Ahmed's and Mona's): one after the other.
test.describe.configure({ mode: 'default' });

test('staff credit Omar 25.00 EGP and Omar sees it in his history', async ({ staff, patient }) => {
  const reference = `E2E deposit ${randomUUID().slice(0, 8)}`;
  const amount = 2500;

  const omar = await patient('u-omar', 'en');
  await omar.goto('/en');
  const omarBalance = omar.getByRole('status', { name: 'Your balance', exact: true });
  const omarBefore = await piastersIn(omarBalance);

  const admin = await staff();
  await admin.goto('/wallets');
  await admin.getByRole('searchbox', { name: 'Search' }).fill('Omar');
  await admin.getByRole('link', { name: 'Omar Khaled' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Omar Khaled' })).toBeVisible();
  const balance = admin.getByLabel('Balance', { exact: true });
  const before = await piastersIn(balance);
  expect(before, 'staff and patient see the same balance').toBe(omarBefore);

  const credit = admin.getByRole('region', { name: 'Credit' });
  await credit.getByLabel('Amount (EGP)').fill('25.00');
  await credit.getByLabel('Reference').fill(reference);
  await credit.getByRole('button', { name: 'Credit wallet' }).click();
  await expect(credit).toContainText('Credit EGP 25.00 to Omar Khaled');
  await credit.getByRole('button', { name: 'Confirm credit' }).click();

  await expect(admin.getByRole('region', { name: 'Notifications' }).getByRole('listitem')).toContainText('Credited EGP 25.00 to Omar Khaled');
  await expect(balance.locator('data')).toHaveAttribute('value', String(before + amount));
  const history = admin.getByRole('table', { name: 'History' });
  await expect(history.getByRole('row').filter({ hasText: reference })).toContainText('+EGP 25.00');
  const latestEvent = admin.getByRole('list', { name: 'Audit trail' }).getByRole('listitem').first();
  await expect(latestEvent).toContainText('WalletCredited');
  await expect(latestEvent).toContainText('u-admin');

  // The patient portal reads the projected history: reload until it has caught up.
  const line = omar.getByRole('list', { name: 'Transactions' }).getByRole('listitem').filter({ hasText: reference });
  await reloadUntil(omar, (retry) => expect(line).toBeVisible(retry));
  await expect(line).toContainText('Money added');
  await expect(line.locator('data').first()).toHaveAttribute('value', String(amount));
  await expect(line).toContainText('+EGP 25.00');
  await expect(omarBalance.locator('data')).toHaveAttribute('value', String(before + amount));
});

test('a suspended wallet can be reactivated, and both steps are in the audit trail', async ({ staff }) => {
  const reason = `E2E check ${randomUUID().slice(0, 8)}`;
  const admin = await staff();
  await admin.goto('/wallets');
  await admin.getByRole('searchbox', { name: 'Search' }).fill('+20122');
  await admin.getByRole('link', { name: 'Omar Khaled' }).click();

  const status = admin.getByRole('region', { name: 'Status' });
  await status.getByRole('button', { name: 'Suspend…' }).click();
  await status.getByRole('button', { name: 'Confirm suspension' }).click();
  await expect(status.getByLabel('Reason for suspension')).toHaveAccessibleDescription('Give a reason of at least 3 characters.');
  await status.getByLabel('Reason for suspension').fill(reason);
  await status.getByRole('button', { name: 'Confirm suspension' }).click();
  await expect(admin.getByRole('region', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: 'Wallet suspended' })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Credit' })).toContainText('Only active wallets can be credited.');

  await status.getByRole('button', { name: 'Reactivate' }).click();
  await expect(admin.getByRole('region', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: 'Wallet reactivated' })).toBeVisible();
  const events = admin.getByRole('list', { name: 'Audit trail' }).getByRole('listitem');
  await expect(events.nth(0)).toContainText('WalletReactivated');
  await expect(events.nth(1)).toContainText('WalletSuspended');
  await events.nth(1).getByText('Data').click();
  await expect(events.nth(1)).toContainText(reason);
});
