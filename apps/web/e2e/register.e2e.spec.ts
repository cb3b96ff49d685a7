import { randomInt } from 'node:crypto';
import { balanceOf, displayedMoney, expect, latestSmsCode, piastersIn, test, WEB_URL } from '../../../e2e/support/fixtures';

/** A mobile and a national ID nobody has used (women born 1996-04-11 in Cairo). */
const fresh = () => {
  const n = String(randomInt(0, 10_000_000)).padStart(7, '0');
  return { phone: `+2010${n}9`, local: `010${n}9`, nationalId: `296041101${n.slice(0, 3)}${(randomInt(0, 5) * 2) % 10}1` };
};

test('a new patient registers in Arabic and lands on an empty wallet', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: WEB_URL, locale: 'ar-EG' });
  const page = await context.newPage();
  const { phone, local, nationalId } = fresh();

  await page.goto('/ar/signin');
  await page.getByRole('link', { name: 'جديد على HealthPay؟ أنشئ حسابًا' }).click();
  await expect(page.getByRole('heading', { name: 'أنشئ حسابك في HealthPay' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.getByLabel('رقم الموبايل').fill(local);
  await page.getByRole('button', { name: 'أرسل الرمز' }).click();
  await expect(page.getByText('إذا كان هذا الرقم يمكنه التسجيل')).toBeVisible();
  await page.getByLabel('الرمز').fill(await latestSmsCode(phone));
  await page.getByRole('button', { name: 'متابعة' }).click();

  await page.getByLabel('الاسم الكامل بالعربية').fill('ليلى حسن عبد الله');
  await page.getByLabel('الاسم الكامل بالحروف الإنجليزية').fill('Laila Hassan Abdallah');
  await page.getByLabel('الرقم القومي').fill(nationalId);
  await expect(page.getByText('النوع: أنثى')).toBeVisible();
  await expect(page.getByText(/تاريخ الميلاد: .*١٩٩٦/)).toBeVisible();

  await page.getByRole('button', { name: 'أنشئ حسابي' }).click();
  await expect(page.getByText('وافق على الشروط وإشعار الخصوصية للمتابعة.')).toBeVisible();
  await page.getByLabel('أوافق على شروط الاستخدام وإشعار الخصوصية').check();
  await page.getByRole('button', { name: 'أنشئ حسابي' }).click();

  await expect(page).toHaveURL(/\/ar\/?$/, { timeout: 20_000 });
  const balance = balanceOf(page, 'رصيدك');
  // The wallet page looks again until the new wallet reaches the read model (one projector batch).
  await expect(balance).toBeVisible({ timeout: 15_000 });
  expect(await piastersIn(balance)).toBe(0);
  await expect(balance).toHaveText(await displayedMoney(page, 0, 'ar'));
  // Greeted by the name in Arabic letters on the Arabic page, in Latin letters on the English one.
  await expect(page.getByText('مسجّل الدخول باسم ليلى حسن عبد الله')).toBeVisible();
  await page.goto('/en');
  await expect(page.getByText('Laila Hassan Abdallah')).toBeVisible();
  await context.close();
});
