'use client';

import type { RouterOutputs } from '@healthpay/api';
import { useIdempotentCommand, useMedCardRefresh } from '@healthpay/ui';
import { useCardErrorText } from './medcard-text';

export type CardSnapshot = RouterOutputs['medcard']['changeStatus'];

/** One staff action on a card: the kit's idempotent command, errors in the page's language, the card refreshed after. */
export function useCardCommand<I>(run: (input: I, idempotencyKey: string) => Promise<CardSnapshot>) {
  return useIdempotentCommand({ run, errorText: useCardErrorText(), afterSuccess: useMedCardRefresh() });
}
