import { randomInt } from 'node:crypto';
import { expect, test } from '../../../e2e/support/fixtures';

test('a superadmin registers a pharmacy, activates it and suspends it with a reason, in English and Arabic', async ({ staff }) => {
  const licence = `E2E-${randomInt(100_000, 999_999)}`;
  const admin = await staff();
  await admin.goto('/pharmacies');
  await admin.getByRole('link', { name: 'Register a pharmacy' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Register a pharmacy' })).toBeVisible();

  await admin.getByLabel('Name in English').fill('Nile Pharmacy – Dokki');
  await admin.getByLabel('Name in Arabic').fill('صيدلية النيل – الدقي');
  await admin.getByLabel('Licence number').fill(licence);
  await admin.getByLabel('Commercial registration number').fill('123456');
  await admin.getByLabel('Governorate').selectOption({ label: 'Giza' });
  await admin.getByLabel('City or district').fill('Dokki');
  await admin.getByLabel('Address').fill('12 Tahrir St');
  // A typo in the IBAN is caught before anything is sent (ISO 13616 check digits).
  const iban = admin.getByLabel('Settlement IBAN');
  await iban.fill('EG38 0019 0005 0000 0000 2631 8000 3');
  await admin.getByRole('button', { name: 'Register pharmacy' }).click();
  await expect(admin.getByText("The check digits don't match: look for a typo.")).toBeVisible();
  await iban.fill('EG38 0019 0005 0000 0000 2631 8000 2');
  await admin.getByRole('button', { name: 'Register pharmacy' }).click();

  await expect(admin.getByRole('heading', { level: 1, name: 'Nile Pharmacy – Dokki' })).toBeVisible();
  await expect(admin.getByText('Pending', { exact: true })).toBeVisible();
  const settlement = admin.getByRole('region', { name: 'Settlement account' });
  await expect(settlement).toContainText('EG** **** **** **** **** **** *000 2');
  await settlement.getByRole('button', { name: 'Show full IBAN' }).click();
  await expect(settlement).toContainText('EG38 0019 0005 0000 0000 2631 8000 2');
  await expect(admin.getByRole('link', { name: 'Invite a pharmacist' })).toHaveAttribute('href', /\/staff\?invite=pharmacist&pharmacyId=ph-/);

  const status = admin.getByRole('region', { name: 'Status' });
  await status.getByRole('button', { name: 'Activate' }).click();
  await status.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText('Active', { exact: true })).toBeVisible();

  await status.getByRole('button', { name: 'Suspend' }).click();
  await status.getByRole('button', { name: 'Confirm' }).click();
  await expect(status.getByText('Fill this in.')).toBeVisible();
  await status.getByLabel('Reason (shown to the pharmacy)').fill('Licence under review');
  await status.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText('Suspended', { exact: true })).toBeVisible();
  await expect(admin.getByText('Licence under review')).toBeVisible();

  // The list finds it by licence number and status, in Arabic too.
  await admin.context().addCookies([{ name: 'hp-locale', value: 'ar', url: new URL(admin.url()).origin }]);
  await admin.goto(`/pharmacies?q=${licence}&status=suspended`);
  await expect(admin.getByRole('link', { name: 'صيدلية النيل – الدقي' })).toBeVisible();
  await expect(admin.getByRole('table').getByText('موقوفة')).toBeVisible();
});
