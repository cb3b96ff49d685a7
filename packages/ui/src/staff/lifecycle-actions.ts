import type { StatusAction } from './status-actions';

export type LifecycleAction = 'activate' | 'reactivate' | 'suspend' | 'close';
export type LifecycleTextKey =
  | LifecycleAction
  | 'suspendForm'
  | 'closeForm'
  | 'suspendReason'
  | 'closeReason'
  | 'confirmSuspend'
  | 'confirmClose'
  | 'closeNote';

/** Statuses from which nothing more can happen. */
const ended = new Set(['closed', 'expired']);

/**
 * The usual lifecycle of a staff-managed record (wallets, MedCards): pending → activate, suspended →
 * reactivate, active → suspend (with a reason), and close (with a reason) until it is closed or expired.
 */
export function lifecycleActions(status: string, text: (key: LifecycleTextKey) => string): StatusAction<LifecycleAction>[] {
  if (ended.has(status)) return [];
  const actions: StatusAction<LifecycleAction>[] = [];
  if (status === 'pending') actions.push({ action: 'activate', label: text('activate') });
  if (status === 'suspended') actions.push({ action: 'reactivate', label: text('reactivate') });
  if (status === 'active') {
    actions.push({
      action: 'suspend',
      label: text('suspend'),
      reason: { form: text('suspendForm'), label: text('suspendReason'), confirm: text('confirmSuspend') },
    });
  }
  actions.push({
    action: 'close',
    label: text('close'),
    grave: true,
    reason: { form: text('closeForm'), label: text('closeReason'), confirm: text('confirmClose'), note: text('closeNote') },
  });
  return actions;
}

/** A lifecycle change as the wallet and MedCard APIs take it: suspending and closing carry the reason. */
export type LifecycleCommand = { action: 'activate' | 'reactivate' } | { action: 'suspend' | 'close'; reason: string };

/** The command for what StatusActions ran (it asks a reason for exactly the actions that need one). */
export function lifecycleCommand(action: LifecycleAction, reason: string | undefined): LifecycleCommand {
  return action === 'suspend' || action === 'close' ? { action, reason: reason ?? '' } : { action };
}
