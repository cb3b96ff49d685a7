import { storeNationalId } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import { noRequestInfo } from '../../identity/audit';
import { publicProcedure } from '../../trpc';
import { runWalletCommand } from '../wallet/run-wallet-command';
import { createPatient } from './create-patient';
import { registrationOf } from './registration-deps';
import { registrantId } from './registration-rules';
import { completeRegistrationInput, completeRegistrationOutput } from './registration.schemas';

const storedNationalId = (nationalId: string) => {
  const { ciphertext, hash, masked } = storeNationalId(nationalId);
  return { nationalIdCiphertext: ciphertext, nationalIdHash: hash, nationalIdMasked: masked };
};
const codeError = (message: string) => new AppError('VALIDATION_FAILED', message, {}, [{ path: 'code', message }]);
// One answer for "already registered", whoever holds it: never whose, never which field of theirs.
const notRegistrable = () =>
  new AppError('DUPLICATE_NATIONAL_ID', 'This national ID cannot be registered online; please contact HealthPay support');

/**
 * Last step: checks the code (sign-in's verify limits), opens the patient (national ID stored encrypted, hashed and
 * masked, accepted terms version recorded) and their wallet (OpenWallet + ActivateWallet events), and returns
 * a fresh single-use code with which the portal signs the patient in through Auth.js's `otp` provider.
 */
export const completeRegistration = publicProcedure
  .meta({ access: 'public' })
  .input(completeRegistrationInput)
  .output(completeRegistrationOutput)
  .mutation(async ({ ctx, input }) => {
    const req = ctx.request ?? noRequestInfo;
    const reg = registrationOf(ctx);
    // Field checks first, so a typo does not use up the code.
    const id = registrantId(input.nationalId, ctx.services.clock());
    if (!id.ok) throw new AppError('VALIDATION_FAILED', 'Invalid national ID', { reason: id.reason }, [{ path: 'nationalId', message: 'Enter the 14-digit national ID' }]);

    const code = await reg.verifyCode(input.phone, input.code, req);
    if (code.status === 'invalid-phone') throw new AppError('VALIDATION_FAILED', 'Enter an Egyptian mobile number', {}, [{ path: 'phone', message: 'Enter an Egyptian mobile number' }]);
    if (code.status === 'rate-limited') throw new AppError('RATE_LIMITED', 'Too many tries; try again later', { retryAfterSeconds: code.retryAfterSeconds });
    if (code.status === 'invalid') throw codeError(code.attemptsLeft > 0 ? 'Wrong code' : 'Wrong code; request a new one');
    if (code.status === 'no-challenge') throw codeError('The code expired or was used; request a new one');

    const userId = ctx.services.newId();
    const at = ctx.services.clock();
    const created = await createPatient(ctx.services.pool, {
      id: userId, phone: code.phone, nameAr: input.nameAr, nameEn: input.nameEn, locale: input.locale, birthDate: id.birthDate,
      nationalId: id.nationalId, ...storedNationalId(id.nationalId),
      termsVersion: input.consentVersion, at,
    });
    if (created === 'taken') {
      await reg.record('registration.complete', 'DUPLICATE_NATIONAL_ID', req, { phone: code.phone });
      throw notRegistrable();
    }
    await reg.record('registration.complete', 'ok', req, { phone: code.phone, userId, termsVersion: input.consentVersion });

    const patient = { ...ctx, idempotencyKey: null, actor: { userId, role: 'patient' as const, pharmacyId: null } };
    const walletId = ctx.services.newId();
    try {
      await runWalletCommand(patient, 'wallet.open', { walletId }, { type: 'OpenWallet', data: { walletId, ownerId: userId } });
    } catch (error) {
      // No wallet, no account: the user row goes again (nothing refers to it yet), so the person can register anew
      // instead of finding their number "taken" by an account without a wallet.
      await ctx.services.pool.query('DELETE FROM users WHERE id = $1', [userId]);
      await reg.record('registration.complete', 'WALLET_NOT_OPENED', req, { phone: code.phone, userId });
      throw error;
    }
    await runWalletCommand(patient, 'wallet.activate', { walletId }, { type: 'ActivateWallet', data: { walletId } });
    return { userId, walletId, phone: code.phone, signInCode: await reg.signInCode(code.phone) };
  });
