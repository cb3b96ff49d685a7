import { setUserLocale } from '@healthpay/db';
import { authedProcedure } from '../../trpc';
import { setLocaleInput, setLocaleOutput } from './set-locale.schemas';

/** Remembers the signed-in user's language (any portal's switch), so their next sign-in opens in it. */
export const setMyLocale = authedProcedure
  .meta({ access: 'authenticated' })
  .input(setLocaleInput)
  .output(setLocaleOutput)
  .mutation(async ({ ctx, input }) => {
    await setUserLocale(ctx.services.pool, ctx.actor.userId, input.locale);
    return { locale: input.locale };
  });
