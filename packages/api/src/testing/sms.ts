import type { SmsSender } from '../identity/sms/sms-port';

/** An SMS port that keeps what it was asked to send, and the one-time code of the latest message. */
export function capturedSms() {
  const sent: { phone: string; body: string }[] = [];
  const sender: SmsSender = { name: 'dev', send: async (phone, body) => void sent.push({ phone, body }) };
  const lastCode = () => /\b(\d{6})\b/.exec(sent.at(-1)?.body ?? '')?.[1] ?? '';
  return { sender, sent, lastCode };
}

/** A 6-digit code that is certainly not `code`. */
export const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
