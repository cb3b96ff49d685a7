import { devUserCookie } from '@healthpay/api';
import { NextResponse } from 'next/server';
import { serverCaller } from '@/server/session';

/**
 * Development sign-in: POST userId (form or JSON) → cookie naming that demo staff member → wallets.
 * Only users the API lists as demo admins are accepted, and it lists none when dev sign-in is off.
 */
export async function POST(req: Request) {
  const userId = await readUserId(req);
  const staff = await (await serverCaller(req.headers)).session.demoUsers({ role: 'admin' });
  if (!staff.some((u) => u.id === userId)) return seeOther('/signin?error=unknown-user');
  const res = seeOther('/wallets');
  res.cookies.set(devUserCookie('admin'), userId, { httpOnly: true, sameSite: 'lax', path: '/' });
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
