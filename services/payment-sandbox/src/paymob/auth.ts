import type { IncomingMessage } from 'node:http';
import { safeEqual } from '../crypto/safe-equal';
import { HttpError } from '../http/body';

/** `Authorization: Token <secret key>`, answered with Django REST framework's messages like Paymob. */
export function requireSecretKey(req: IncomingMessage, secretKey: string): void {
  const header = req.headers.authorization;
  if (!header) throw new HttpError(401, 'Authentication credentials were not provided.');
  const match = /^Token\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1] || !safeEqual(match[1], secretKey)) throw new HttpError(401, 'Invalid token.');
}
