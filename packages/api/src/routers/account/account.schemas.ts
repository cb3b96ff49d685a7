import { z } from 'zod';

export const totpCodeInput = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from your app') });
export const totpStatusOutput = z.object({ status: z.enum(['off', 'pending', 'on']) });
/** The secret is shown once, while enrolling. */
export const startTotpOutput = z.object({ secret: z.string(), uri: z.string() });
