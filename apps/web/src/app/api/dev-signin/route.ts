import { devUserCookie } from '@healthpay/api';
import { hasLocale } from 'next-intl';
import { NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';
import { serverCaller } from '@/server/session';

/**
 * Development sign-in: POST userId (form or JSON) → cookie naming that demo patient → their wallet.
 * Only users the API lists as demo patients are accepted, and it lists none when dev sign-in is off.
 */
export async function POST(req: Request) {
  const body = await readBody(req);
  const locale = hasLocale(routing.locales, body.locale) ? body.locale : routing.defaultLocale;
  const patients = await (await serverCaller(req.headers)).session.demoUsers({ role: 'patient' });
  if (!patients.some((u) => u.id === body.userId)) return seeOther(`/${locale}/signin?error=unknown-user`);
  const res = seeOther(`/${locale}`);
  res.cookies.set(devUserCookie('web'), body.userId, { httpOnly: true, sameSite: 'lax', path: '/' });
  return res;
}

async function readBody(req: Request): Promise<{ userId: string; locale: string }> {
  if (req.headers.get('content-type')?.includes('application/json')) {
    const json = (await req.json().catch(() => ({}))) as Record<string, unknown>;
    return { userId: String(json.userId ?? ''), locale: String(json.locale ?? '') };
  }
  const form = await req.formData();
  return { userId: String(form.get('userId') ?? ''), locale: String(form.get('locale') ?? '') };
}

/** 303 with a relative Location: the browser stays on whatever host and port it used. */
const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location } });
