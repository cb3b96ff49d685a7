import { USER_LOCALES } from '@healthpay/db';
import { z } from 'zod';

export const setLocaleInput = z.strictObject({ locale: z.enum(USER_LOCALES) });
export const setLocaleOutput = z.object({ locale: z.enum(USER_LOCALES) });
