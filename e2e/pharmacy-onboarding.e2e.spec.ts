import { randomInt } from 'node:crypto';
import { expect, latestInvitationLink, signedInContext, test } from './support/fixtures';

const adminUrl = () => String(process.env.ADMIN_URL);
const merchantUrl = () => String(process.env.MERCHANT_URL);

/**
 * The whole way in for a new pharmacy: a superadmin registers and activates it and invites its first
 * pharmacist; the pharmacist sets a password from the emailed link (development outbox), signs in to the
 * pharmacy portal and submits a claim on Omar's card.
 */
test('a superadmin onboards a pharmacy and invites its pharmacist, who sets a password from the outbox and submits a claim', async ({ browser }) => {
  const run = `${Date.now().toString(36)}${randomInt(1000)}`.toUpperCase();
  const email = `e2e-pharmacist-${run.toLowerCase()}@example.eg`;
  const password = 'e2e-pharmacist-password-2026';

  const admin = await signedInContext(browser, adminUrl(), 'u-admin');
  await admin.addCookies([{ name: 'hp-locale', value: 'en', url: adminUrl() }]);
  const page = await admin.newPage();
  await page.goto('/pharmacies/new');
  await page.getByLabel('Name in English').fill(`Onboarding Pharmacy ${run}`);
  await page.getByLabel('Name in Arabic').fill(`صيدلية التجربة ${run}`);
  await page.getByLabel('Licence number').fill(`E2E-ON-${run}`);
  await page.getByLabel('Commercial registration number').fill('654321');
  await page.getByLabel('Governorate').selectOption({ label: 'Cairo' });
  await page.getByLabel('City or district').fill('Nasr City');
  await page.getByLabel('Address').fill('5 Abbas El Akkad St');
  await page.getByLabel('Settlement IBAN').fill('EG38 0019 0005 0000 0000 2631 8000 2');
  await page.getByRole('button', { name: 'Register pharmacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Onboarding Pharmacy ${run}` })).toBeVisible();

  const status = page.getByRole('region', { name: 'Status' });
  await status.getByRole('button', { name: 'Activate' }).click();
  await status.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Invite a pharmacist' }).click();
  const form = page.getByRole('region', { name: 'Invite', exact: true });
  await expect(form.getByLabel('Who')).toHaveValue('pharmacist');
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Email language').selectOption('en');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await admin.close();

  const link = await latestInvitationLink(email);
  expect(new URL(link).origin).toBe(new URL(merchantUrl()).origin);

  const pharmacist = await browser.newContext({ baseURL: merchantUrl() });
  await pharmacist.addCookies([{ name: 'hp-locale', value: 'en', url: merchantUrl() }]);
  const tab = await pharmacist.newPage();
  await tab.goto(link);
  await expect(tab.getByRole('heading', { name: 'Create your HealthPay account' })).toBeVisible();
  await tab.getByLabel('Full name').fill('Rania Onboarded');
  await tab.getByLabel('Password', { exact: true }).fill(password);
  await tab.getByLabel('Password again').fill(password);
  await tab.getByRole('button', { name: 'Create my account' }).click();
  await tab.waitForURL('**/signin');
  await tab.getByLabel('Email').fill(email);
  await tab.getByLabel('Password').fill(password);
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await tab.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await expect(tab.getByText(`Onboarding Pharmacy ${run}`).first()).toBeVisible();

  // A claim on Omar's silver card from the new pharmacy.
  await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New claim' }).click();
  await tab.getByLabel('Card number').fill('1000 0002 55');
  await tab.getByRole('button', { name: 'Look up' }).click();
  await expect(tab.getByRole('region', { name: 'Omar Khaled' })).toContainText('Active');
  await tab.getByRole('radio', { name: /Omar Khaled/ }).check();
  await tab.getByLabel('Prescription number').fill(`RX-ON-${run}`);
  const line = tab.getByRole('group', { name: 'Drug 1' });
  await line.getByLabel('Drug code').fill(`E2E-ON-${run}`);
  await line.getByLabel('Drug name').fill('Augmentin 1 g');
  await line.getByLabel('Unit price (EGP)').fill('10');
  await tab.getByRole('button', { name: 'Check coverage' }).click();
  await tab.getByRole('region', { name: 'Coverage check' }).getByRole('button', { name: 'Submit claim' }).click();
  await expect(tab.getByRole('region', { name: 'Claim approved' })).toContainText(`RX-ON-${run}`);
  await pharmacist.close();
});
