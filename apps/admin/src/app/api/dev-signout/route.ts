import { devUserCookie } from '@healthpay/api';
import { NextResponse } from 'next/server';

/** Clears the development sign-in cookie and returns to the sign-in page. */
export function POST() {
  const res = new NextResponse(null, { status: 303, headers: { Location: '/signin' } });
  res.cookies.set(devUserCookie('admin'), '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });
  return res;
}
