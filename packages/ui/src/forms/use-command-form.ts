'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { englishMessageFor, type ErrorInfo } from '../errors';
import { withIdempotencyKey } from '../idempotency';
import { useIdempotentCommand, type CommandOptions, type IdempotentCommandConfig } from '../staff/use-idempotent-command';
import { useTRPC, useTRPCClient } from '../trpc';
import { useFieldErrors } from './use-field-errors';

type Client = ReturnType<typeof useTRPCClient>;
type KeyOptions = ReturnType<typeof withIdempotencyKey>;

export interface CommandFormConfig<F extends string, I, R> extends Omit<IdempotentCommandConfig<I, R>, 'run'> {
  /** The form's fields (only their names are used: they type `errors`). */
  fields?: readonly F[];
  /** Sends the command; pass `options` on: they carry the attempt's Idempotency-Key. */
  mutate: (client: Client, input: I, options: KeyOptions) => Promise<R>;
  /** Also forget what belonged to the last attempt (e.g. an id made for it) when the form is edited. */
  onEdit?: () => void;
}

/** As for `useIdempotentCommand`; a refusal also comes with the words its toast showed (to repeat under a field). */
export type FormCommandOptions<R> = Omit<CommandOptions<R>, 'onRefused'> & { onRefused?: (info: ErrorInfo, text: string) => void };

/**
 * A command form's state in one place: the field errors, the idempotent command (key per attempt, toasts,
 * see `useIdempotentCommand`) and the tRPC tools its callbacks refetch with. Any edit clears the errors it
 * is about and renews the key, so a corrected submission is a new one (see `useFieldErrors`).
 */
export function useCommandForm<F extends string, I, R>({ fields: names, mutate, onEdit, errorText = englishMessageFor, ...config }: CommandFormConfig<F, I, R>) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  // The toast's words, kept for the refusal handler (the command words the error before it calls onRefused).
  const shown = useRef('');
  const command = useIdempotentCommand({
    ...config,
    run: (input: I, key: string) => mutate(client, input, withIdempotencyKey(key)),
    errorText: (error) => (shown.current = errorText(error)),
  });
  const send = (input: I, { onRefused, ...opts }: FormCommandOptions<R>) =>
    command.send(input, { ...opts, ...(onRefused && { onRefused: (info: ErrorInfo) => onRefused(info, shown.current) }) });
  const fields = useFieldErrors(names, () => {
    command.changed();
    onEdit?.();
  });
  return { trpc, client, queryClient, ...fields, send, isPending: command.isPending, renewKey: command.changed };
}
