import { randomInt } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN_URL, expect, signedInContext, test } from '../../../e2e/support/fixtures';

/** Set by the root Playwright config's global setup; the default matches `npm start`. */
const MERCHANT_URL = process.env.MERCHANT_URL ?? 'http://127.0.0.1:3002';
const PHARMACY = 'ph-ezaby-maadi';

const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' }).getByRole('listitem');
/** A cheap read a pharmacy's token may make: its own pharmacy's claims. */
const pharmacyClaims = (request: APIRequestContext, token: string) =>
  request.get(`${MERCHANT_URL}/api/v1/pharmacies/${PHARMACY}/claims?limit=1`, { headers: { Authorization: `Bearer ${token}` } });

test('staff issue a pharmacy token, the REST API accepts it until staff revoke it, and the revocation is audited', async ({ staff, request }) => {
  const name = `E2E dispensing system ${Date.now().toString(36)}${randomInt(1000)}`;
  const admin = await staff();
  await admin.goto('/tokens');
  await expect(admin.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();

  const form = admin.getByRole('form', { name: 'Issue a token' });
  await form.getByLabel('Pharmacy', { exact: true }).selectOption(PHARMACY);
  await expect(form.getByLabel('Acts as pharmacist')).toHaveValue('u-pharmacist');
  await expect(form.getByLabel('Expires after (days)')).toHaveValue('365');
  await form.getByRole('button', { name: 'Issue token' }).click();
  await expect(form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Name the token/);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Issue token' }).click();

  // The secret, once.
  const issueCard = admin.getByRole('region', { name: 'Issue a token' });
  await expect(issueCard).toContainText("It won't be shown again");
  const secretField = issueCard.getByLabel(`Token secret for “${name}”`);
  await expect(secretField).toHaveValue(/^hp_[\w-]{20,}$/);
  await expect(secretField).toHaveAttribute('readonly', '');
  const secret = await secretField.inputValue();

  const accepted = await pharmacyClaims(request, secret);
  expect(accepted.status(), await accepted.text()).toBe(200);

  await issueCard.getByRole('button', { name: "I've stored it" }).click();
  await expect(issueCard.getByRole('textbox', { name: /Token secret/ })).toHaveCount(0);
  await expect(form.getByLabel('Pharmacy', { exact: true })).toHaveValue('');

  const row = admin.getByRole('table', { name: 'API tokens, newest first' }).getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Karim Mostafa');
  await expect(row).toContainText('u-admin');
  const auditHref = await row.getByRole('link', { name: 'Audit entries' }).getAttribute('href');
  const tokenId = new URLSearchParams(auditHref?.split('?')[1]).get('aggregateId') ?? '';
  expect(tokenId).toMatch(/^[0-9a-f-]{36}$/);

  // Revoking takes a confirm step; cancelling it changes nothing.
  await row.getByRole('button', { name: 'Revoke…' }).click();
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Revoke…' }).click();
  await row.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(toasts(admin).filter({ hasText: `Token “${name}” revoked` })).toBeVisible();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke…' })).toHaveCount(0);
  // It was used once, before the revocation.
  await expect(row.getByRole('cell').nth(4)).not.toHaveText('Never');

  const refused = await pharmacyClaims(request, secret);
  expect(refused.status()).toBe(401);

  // The audit log: filtered by action through the form (the filters live in the URL).
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const filters = admin.getByRole('search', { name: 'Filter the audit log' });
  await filters.getByLabel('Action').fill('tokens.revoke');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(/[?&]action=tokens\.revoke(&|$)/);
  const log = admin.getByRole('table', { name: 'Audit log, newest first' });
  const revoked = log.getByRole('row').filter({ hasText: tokenId });
  await expect(revoked).toHaveCount(1);
  await expect(revoked).toContainText('tokens.revoke');
  await expect(revoked).toContainText('u-admin');
  await expect(revoked.getByRole('cell').nth(4)).toHaveText('OK');

  // The token's own history: issued, then revoked. Back returns to the action filter.
  await revoked.getByRole('link', { name: tokenId }).click();
  await expect(admin).toHaveURL(new RegExp(`[?&]aggregateId=${tokenId}(&|$)`));
  await expect(filters.getByLabel('Aggregate id')).toHaveValue(tokenId);
  await expect(filters.getByLabel('Action')).toHaveValue('');
  const history = log.getByRole('row').filter({ hasText: tokenId });
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('tokens.revoke');
  await expect(history.nth(1)).toContainText('tokens.issue');
  await admin.goBack();
  await expect(filters.getByLabel('Action')).toHaveValue('tokens.revoke');
});

test("other staff roles are told their role can't see API tokens or the audit log", async ({ browser }) => {
  const context = await signedInContext(browser, ADMIN_URL, 'u-support');
  try {
    const support = await context.newPage();
    await support.goto('/tokens');
    await expect(support.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
    await expect(support.getByText("Your role can't see this")).toBeVisible();
    await expect(support.getByRole('form', { name: 'Issue a token' })).toHaveCount(0);

    await support.goto('/audit?action=tokens.revoke');
    await expect(support.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(support.getByText("Your role can't see this")).toBeVisible();
    await expect(support.getByRole('table')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
