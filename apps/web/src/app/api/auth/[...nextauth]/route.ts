import { rateLimitedAuthPost } from '@healthpay/api/auth';
import { handlers } from '@/auth';

export const GET = handlers.GET;
/** Sign-in attempts over their limits get 429 + Retry-After before Auth.js sees them. */
export const POST = rateLimitedAuthPost(handlers.POST);
