import { randomInt, randomUUID } from 'node:crypto';
import { balanceOf, displayedMoney, expect, piastersIn, reloadUntil, test, typed } from '../../../e2e/support/fixtures';

const MONA_PHONE = '01112345678';

test.describe('sending money', () => {
  // These move money between the same wallets and assert exact balances: one after another, never side by side.
  test.describe.configure({ mode: 'default' });

  test('Ahmed sends money to Mona by phone: his balance drops by exactly that, and Mona receives it', async ({ patient }) => {
    // 10.01–19.99 EGP: a different amount each run, so a line from an earlier run can't stand in for this one.
    const amount = randomInt(1001, 2000);
    const note = `e2e ${randomUUID().slice(0, 8)}`;

    const mona = await patient('u-mona');
    await mona.goto('/ar');
    const monaBefore = await piastersIn(balanceOf(mona, 'رصيدك'));

    const ahmed = await patient('u-ahmed');
    await ahmed.goto('/ar');
    const balance = balanceOf(ahmed, 'رصيدك');
    const before = await piastersIn(balance);

    await ahmed.getByLabel('رقم موبايل المستلم').fill(MONA_PHONE);
    await ahmed.getByLabel('المبلغ (جنيه مصري)').fill(typed(amount));
    await ahmed.getByLabel('ملاحظة (اختياري)').fill(note);
    await ahmed.getByRole('button', { name: 'مراجعة التحويل' }).click();

    const review = ahmed.getByRole('region', { name: 'تأكيد التحويل' });
    await expect(review).toContainText(await displayedMoney(ahmed, amount, 'ar'));
    await expect(review).toContainText('0111 234 5678');
    await expect(review).toContainText(note);
    // Whom the number reaches, masked: first name and initials.
    await expect(review.getByTestId('recipient-name')).toHaveText('منى ع.');
    await review.getByRole('button', { name: 'تأكيد التحويل' }).click();

    const toasts = ahmed.getByRole('region', { name: 'الإشعارات' });
    await expect(toasts.getByRole('listitem').filter({ hasText: 'تم تحويل' })).toContainText(await displayedMoney(ahmed, amount, 'ar'));
    await expect(balance.locator('data')).toHaveAttribute('value', String(before - amount));
    await expect(balance).toHaveText(await displayedMoney(ahmed, before - amount, 'ar'));

    const ahmedLatest = ahmed.getByRole('list', { name: 'المعاملات' }).getByRole('listitem').first();
    await expect(ahmedLatest).toContainText('تحويل صادر');
    await expect(ahmedLatest).toContainText('إلى منى علي');
    await expect(ahmedLatest).toContainText(note);
    await expect(ahmedLatest.locator('data').first()).toHaveAttribute('value', String(-amount));

    // Mona's page was open before the transfer: reload until her read model shows it (projected asynchronously).
    const monaBalance = balanceOf(mona, 'رصيدك');
    await reloadUntil(mona, (retry) => expect(monaBalance.locator('data')).toHaveAttribute('value', String(monaBefore + amount), retry));
    const monaLatest = mona.getByRole('list', { name: 'المعاملات' }).getByRole('listitem').first();
    await expect(monaLatest).toContainText('تحويل وارد');
    await expect(monaLatest).toContainText('من أحمد حسن');
    // The sender's note reaches the recipient's history too.
    await expect(monaLatest).toContainText(note);
    await expect(monaLatest.locator('data').first()).toHaveAttribute('value', String(amount));
    await expect(monaLatest).toContainText(await displayedMoney(mona, monaBefore + amount, 'ar'));
  });

  test('a transfer whose answer was lost is applied once when the patient confirms again', async ({ patient }) => {
    const amount = randomInt(101, 1000);
    const ahmed = await patient('u-ahmed', 'en');
    await ahmed.goto('/en');
    const balance = balanceOf(ahmed, 'Your balance');
    const before = await piastersIn(balance);

    // The server gets and commits the first attempt, but the browser never sees the answer.
    await ahmed.route('**/api/trpc/wallet.transfer*', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    }, { times: 1 });

    await ahmed.getByLabel("Recipient's mobile number").fill(MONA_PHONE);
    await ahmed.getByLabel('Amount (EGP)').fill(typed(amount));
    await ahmed.getByRole('button', { name: 'Review transfer' }).click();
    await ahmed.getByRole('button', { name: 'Confirm transfer' }).click();

    const toasts = ahmed.getByRole('region', { name: 'Notifications' });
    await expect(toasts.getByRole('listitem').filter({ hasText: "couldn't reach HealthPay" })).toBeVisible();
    await expect(ahmed.getByText("Trying again is safe")).toBeVisible();

    await ahmed.getByRole('button', { name: 'Confirm transfer' }).click();
    await expect(toasts.getByRole('listitem').filter({ hasText: 'sent to' })).toContainText('0111 234 5678');
    await expect(balance.locator('data')).toHaveAttribute('value', String(before - amount));

    // And it stays so after a fresh read: one debit, not two.
    await ahmed.reload();
    await expect(balance.locator('data')).toHaveAttribute('value', String(before - amount));
  });

  test('an amount with more than two decimals is refused before anything is sent', async ({ patient }) => {
    const ahmed = await patient('u-ahmed');
    await ahmed.goto('/ar');
    await ahmed.getByLabel('رقم موبايل المستلم').fill(MONA_PHONE);
    await ahmed.getByLabel('المبلغ (جنيه مصري)').fill('12.505');
    await ahmed.getByRole('button', { name: 'مراجعة التحويل' }).click();
    await expect(ahmed.getByLabel('المبلغ (جنيه مصري)')).toHaveAccessibleDescription('استخدم رقمين عشريين على الأكثر (قروش).');
    await expect(ahmed.getByRole('region', { name: 'تأكيد التحويل' })).toHaveCount(0);
  });
});
