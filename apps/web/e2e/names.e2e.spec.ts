import { expect, test } from '../../../e2e/support/fixtures';

// Ahmed has his name in both scripts: each locale shows its own.
test('the patient portal shows the name in the page’s language', async ({ patient }) => {
  const ar = await patient('u-ahmed');
  await ar.goto('/ar');
  await expect(ar.getByText('مسجّل الدخول باسم أحمد حسن')).toBeVisible();

  const en = await patient('u-ahmed', 'en');
  await en.goto('/en');
  await expect(en.getByText('Signed in as Ahmed Hassan')).toBeVisible();
});
