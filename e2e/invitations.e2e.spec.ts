import { expect, latestInvitationLink, signedInContext, test } from './support/fixtures';

const adminUrl = () => String(process.env.ADMIN_URL);

test('a superadmin invites a staff member, who accepts from the outbox and signs in', async ({ browser }) => {
  const email = `e2e-reviewer-${Date.now()}@example.eg`;
  const password = 'e2e-invited-password-2026';
  const english = [{ name: 'hp-locale', value: 'en', url: adminUrl() }];

  const admin = await signedInContext(browser, adminUrl(), 'u-admin');
  await admin.addCookies(english);
  const page = await admin.newPage();
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff and pharmacists' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Invite', exact: true });
  await form.getByLabel('Who').selectOption('staff');
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Role').selectOption('claims_reviewer');
  await form.getByLabel('Email language').selectOption('en');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Invitations' }).first().getByText(email)).toBeVisible();
  await admin.close();

  const link = await latestInvitationLink(email);
  expect(new URL(link).origin).toBe(new URL(adminUrl()).origin);

  const invitee = await browser.newContext({ baseURL: adminUrl() });
  await invitee.addCookies(english);
  const tab = await invitee.newPage();
  await tab.goto(link);
  await expect(tab.getByRole('heading', { name: 'Create your HealthPay account' })).toBeVisible();
  await expect(tab.getByText(email)).toBeVisible();
  await tab.getByLabel('Full name').fill('Eman Reviewer');
  await tab.getByLabel('Password', { exact: true }).fill(password);
  await tab.getByLabel('Password again').fill(password);
  await tab.getByRole('button', { name: 'Create my account' }).click();
  await expect(tab.getByText('Your account is ready')).toBeVisible();
  await tab.waitForURL('**/signin');

  await tab.getByLabel('Email').fill(email);
  await tab.getByLabel('Password').fill(password);
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await tab.waitForURL('**/wallets');
  await expect(tab.getByRole('link', { name: /Eman Reviewer/ })).toBeVisible();

  // The link was single use.
  await tab.goto(link);
  await expect(tab.getByText('This invitation was used already')).toBeVisible();
  await invitee.close();
});
