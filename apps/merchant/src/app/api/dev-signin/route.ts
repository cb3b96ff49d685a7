import { devUserCookie } from '@healthpay/api';
import { NextResponse } from 'next/server';
import { serverCaller } from '@/server/session';

/**
 * Development sign-in: POST userId (form or JSON) → cookie naming that demo pharmacist → dashboard.
 * Only users the API lists as demo pharmacists are accepted, and it lists none when dev sign-in is off.
 */
export async function POST(req: Request) {
  const userId = await readUserId(req);
  const pharmacists = await (await serverCaller(req.headers)).session.demoUsers({ role: 'pharmacist' });
  if (!pharmacists.some((u) => u.id === userId)) return seeOther('/signin?error=unknown-user');
  const res = seeOther('/');
  res.cookies.set(devUserCookie('merchant'), userId, { httpOnly: true, sameSite: 'lax', path: '/' });
  return res;
}

async function readUserId(req: Request): Promise<string> {
  if (req.headers.get('content-type')?.includes('application/json')) {
    const json = (await req.json().catch(() => ({}))) as Record<string, unknown>;
    return String(json.userId ?? '');
  }
  return String((await req.formData()).get('userId') ?? '');
}

/** 303 with a relative Location: the browser stays on whatever host and port it used. */
const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location } });
