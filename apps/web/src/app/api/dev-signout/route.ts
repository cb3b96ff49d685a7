import { devUserCookie } from '@healthpay/api';
import { hasLocale } from 'next-intl';
import { NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';

/** Clears the development sign-in cookie and returns to the sign-in page. */
export async function POST(req: Request) {
  const form = await req.formData().catch(() => new FormData());
  const requested = form.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const res = new NextResponse(null, { status: 303, headers: { Location: `/${locale}/signin` } });
  res.cookies.set(devUserCookie('web'), '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });
  return res;
}
