import { expect, test } from '../../../e2e/support/fixtures';

// Staff find a patient whichever script they type: the seeded Ahmed is "Ahmed Hassan" and "أحمد حسن".
test('staff find Ahmed’s wallet by "ahmad", by "أحمد" and by "احمد" (no hamza)', async ({ staff }) => {
  const admin = await staff();
  await admin.goto('/wallets');
  const search = admin.getByRole('searchbox', { name: 'Search' });
  for (const typed of ['ahmad', 'أحمد', 'احمد']) {
    await search.fill(typed);
    await expect(admin.getByRole('link', { name: 'Ahmed Hassan' }), typed).toBeVisible();
    await expect(admin.getByRole('link', { name: 'Omar Khaled' }), typed).toHaveCount(0);
  }
});
