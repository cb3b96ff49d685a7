import { getUserIdentity, type Pool } from '@healthpay/db';
import { parseNationalId, type HolderInput } from '@healthpay/domain';
import { z } from 'zod';
import { AppError, type FieldError } from '../../errors/app-error';
import { calendarDate } from './medcard.schemas';

/** Holder details a caller may give; whatever is left out comes from the user's record. */
export const holderFields = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  nationalId: z.string().trim().min(1).max(20).optional(),
  dateOfBirth: calendarDate.optional(),
  mobile: z.string().trim().min(1).max(30).optional(),
});

const invalid = (fieldErrors: FieldError[]): never => {
  throw new AppError('VALIDATION_FAILED', 'The holder cannot be issued a card as given', {}, fieldErrors);
};

/**
 * The card's primary holder: a patient, with name, national ID and mobile from the request or else from
 * the users table; the birth date, when not given, is the one the national ID encodes.
 */
export async function resolveHolder(
  pool: Pool,
  userId: string,
  given: z.infer<typeof holderFields> | undefined,
  beneficiaryId: string,
  now: string,
): Promise<HolderInput> {
  const user = await getUserIdentity(pool, userId);
  if (!user) return invalid([{ path: 'userId', message: 'No such user' }]);
  if (user.role !== 'patient') return invalid([{ path: 'userId', message: 'Only patients hold MedCards' }]);
  const nationalId = given?.nationalId ?? user.nationalId;
  if (!nationalId) return invalid([{ path: 'holder.nationalId', message: 'Required: the user has no national ID on file' }]);
  const mobile = given?.mobile ?? user.phone ?? undefined;
  const dateOfBirth = given?.dateOfBirth ?? user.dateOfBirth ?? parseNationalId(nationalId, now).birthDate;
  // Unless given, the card carries the name in the script of the holder's language (Arabic for an Arabic reader).
  const name = given?.name ?? (user.locale === 'ar' && user.nameAr ? user.nameAr : user.name);
  return { userId, beneficiaryId, name, nationalId, dateOfBirth, ...(mobile && { mobile }) };
}
