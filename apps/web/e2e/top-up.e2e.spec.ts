import { APPROVED_CARD, DECLINED_CARD, displayedMoney, expect, openTopUp, openWallet, payAtFawryOutlet, reloadUntil, test, topUpByCard } from '../../../e2e/support/fixtures';

const PAYMENT_URL = /\/ar\/payments\/[0-9a-f-]{36}(\?.*)?$/;

test.describe('topping up the wallet', () => {
  // Exact balances of one wallet: one after another.
  test.describe.configure({ mode: 'default' });

  test('a patient tops up 150 EGP by card in Arabic and sees the balance rise by exactly that', async ({ patient }) => {
    const page = await patient('u-omar');
    const { balance, before } = await openWallet(page, 'ar');

    await openTopUp(page, 'ar');
    await expect(page.getByRole('heading', { name: 'شحن محفظتك' })).toBeVisible();
    await topUpByCard(page, 'ar', 150, APPROVED_CARD);

    await expect(page).toHaveURL(PAYMENT_URL);
    await expect(page.getByRole('heading', { name: 'تمت إضافة المبلغ إلى محفظتك' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(`تمت إضافة ${await displayedMoney(page, 15_000, 'ar')} إلى محفظتك.`)).toBeVisible();

    await page.getByRole('link', { name: 'العودة إلى محفظتي' }).first().click();
    await expect(page).toHaveURL(/\/ar$/);
    await reloadUntil(page, (retry) => expect(balance.locator('data')).toHaveAttribute('value', String(before + 15_000), retry));
    await expect(balance).toHaveText(await displayedMoney(page, before + 15_000, 'ar'));
    const latest = page.getByRole('list', { name: 'عمليات الشحن' }).getByRole('listitem').first();
    await expect(latest).toContainText('تمت بنجاح');
  });

  test('a declined card shows the failure and leaves the balance as it was', async ({ patient }) => {
    const page = await patient('u-omar');
    const { balance, before } = await openWallet(page, 'ar');

    await openTopUp(page, 'ar');
    await topUpByCard(page, 'ar', 150, DECLINED_CARD);

    await expect(page).toHaveURL(PAYMENT_URL);
    await expect(page.getByRole('alert').filter({ hasText: 'لم تتم عملية الدفع' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('فشلت', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'حاول مرة أخرى' })).toBeVisible();

    await page.getByRole('link', { name: 'العودة إلى محفظتي' }).first().click();
    await expect(page.getByRole('list', { name: 'عمليات الشحن' }).getByRole('listitem').first()).toContainText('فشلت');
    await expect(balance.locator('data')).toHaveAttribute('value', String(before));
  });

  test('a Fawry code paid at the outlet credits the wallet', async ({ patient }) => {
    const page = await patient('u-omar');
    const { balance, before } = await openWallet(page, 'ar');

    await openTopUp(page, 'ar');
    await page.getByRole('radio', { name: 'نقدًا في منفذ فوري' }).check();
    await page.getByRole('button', { name: await displayedMoney(page, 20_000, 'ar') }).click();
    await expect(page.getByLabel('المبلغ (جنيه مصري)')).toHaveValue('200');
    await page.getByRole('button', { name: 'احصل على كود فوري' }).click();

    await expect(page).toHaveURL(PAYMENT_URL);
    const code = page.getByLabel('كود فوري المرجعي');
    await expect(code).toHaveText(/^\d{3} \d{3} \d{3}$/);
    await expect(code).toHaveAttribute('dir', 'ltr');
    const fawryRef = (await code.textContent())?.replace(/\s/g, '') ?? '';
    const howTo = page.getByRole('region', { name: 'ادفع هذا الكود في فوري' });
    await expect(howTo).toContainText(await displayedMoney(page, 20_000, 'ar'));
    await expect(howTo).toContainText('بتوقيت القاهرة');
    await expect(howTo).toContainText('الدفع لهيلث باي');
    await expect(howTo).toContainText('رسالة نصية');

    const outlet = await page.context().newPage();
    await payAtFawryOutlet(outlet, fawryRef);
    await outlet.close();

    // The page asks the server every 2 s: it turns to succeeded by itself.
    await expect(page.getByRole('heading', { name: 'تمت إضافة المبلغ إلى محفظتك' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('تمت بنجاح', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'العودة إلى محفظتي' }).first().click();
    await expect(page).toHaveURL(/\/ar$/);
    await reloadUntil(page, (retry) => expect(balance.locator('data')).toHaveAttribute('value', String(before + 20_000), retry));
  });
});
