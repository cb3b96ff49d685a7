import { redirect } from 'next/navigation';
import { pagesFor } from '@/server/pages-for';
import { requireStaff } from '@/server/session';

/** Home is the first console page the signed-in role may use (wallets for every staff role today). */
export default async function Home() {
  const me = await requireStaff();
  redirect(pagesFor(me.role)[0] ?? '/account');
}
