import { expect, test } from '../../../e2e/support/fixtures';

const AHMED_CARD = 'HP-1000000172';

test('staff see national IDs masked, show one in full on request, and find a card by a member’s national ID', async ({ staff }) => {
  const admin = await staff();
  await admin.goto('/medcards');

  // Exact match by national ID (the spouse's), never in the URL.
  const find = admin.getByRole('region', { name: 'Find by national ID' });
  await find.getByLabel('National ID', { exact: true }).fill('28904100102');
  await find.getByRole('button', { name: 'Find' }).click();
  await expect(find.getByLabel('National ID', { exact: true })).toHaveAccessibleDescription(/14 digits/);
  await find.getByLabel('National ID', { exact: true }).fill('28904100102463');
  await find.getByRole('button', { name: 'Find' }).click();
  await find.getByRole('link', { name: 'أحمد حسن' }).click();
  await expect(admin).toHaveURL(new RegExp(`/medcards/${AHMED_CARD}$`));
  expect(admin.url()).not.toContain('28904100102463');

  const members = admin.getByRole('region', { name: 'Beneficiaries' });
  await expect(members).toContainText('2850314*****35');
  await expect(members).not.toContainText('28503140101235');
  await members.getByRole('button', { name: /Show the full national ID of أحمد حسن/ }).click();
  await expect(members).toContainText('28503140101235');
  await members.getByRole('button', { name: 'Hide' }).click();
  await expect(members).not.toContainText('28503140101235');
});
