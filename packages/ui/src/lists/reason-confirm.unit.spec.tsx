// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../i18n/portal-locale';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { ReasonConfirm, type ReasonConfirmText } from './reason-confirm';

/** Deactivating a staff account, worded as the staff console words it. */
function setup({ busy = false, locale = 'en' as PortalLocale } = {}) {
  const t = portalT('admin', locale, 'staff');
  const text: ReasonConfirmText = {
    title: t('people.deactivate'), prompt: t('people.confirmDeactivate', { name: 'Mona Ali' }), label: t('people.reason'), hint: t('people.reasonHint'),
    tooShort: t('errors.reason'), confirm: t('people.confirm'), cancel: t('people.cancel'),
  };
  const onConfirm = vi.fn<(reason: string) => void>();
  const onCancel = vi.fn();
  render(<ReasonConfirm text={text} busy={busy} onConfirm={onConfirm} onCancel={onCancel} />);
  return { user: userEvent.setup(), onConfirm, onCancel, t };
}

describe('ReasonConfirm', () => {
  it('is an alert dialog named by the action that says what happens and puts the cursor in the reason', () => {
    setup();
    const dialog = screen.getByRole('alertdialog', { name: 'Deactivate' });
    expect(within(dialog).getByText(/^Deactivate Mona Ali\? They are signed out everywhere/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Reason' }));
  });

  it('refuses a reason that is too short, says why on the field, and clears it once typing goes on', async () => {
    const { user, onConfirm, t } = setup();
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    await user.type(reason, 'no');
    await user.click(screen.getByRole('button', { name: 'Deactivate account' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe(t('errors.reason'));
    await user.type(reason, 'pe');
    expect(reason.getAttribute('aria-invalid')).toBeNull();
  });

  it('confirms with the trimmed reason', async () => {
    const { user, onConfirm } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '  Left the company ');
    await user.click(screen.getByRole('button', { name: 'Deactivate account' }));
    expect(onConfirm).toHaveBeenCalledWith('Left the company');
  });

  it('cancel gives up without confirming', async () => {
    const { user, onConfirm, onCancel } = setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('while busy: the confirmation is busy and cancel is disabled', () => {
    setup({ busy: true });
    const confirm = screen.getByRole('button', { name: 'Deactivate account' }) as HTMLButtonElement;
    expect([confirm.disabled, confirm.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('speaks Arabic with the Arabic messages', async () => {
    const { user } = setup({ locale: 'ar' });
    expect(screen.getByRole('alertdialog', { name: 'إيقاف' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'إيقاف الحساب' }));
    expect(screen.getByRole('textbox', { name: 'السبب' }).getAttribute('aria-invalid')).toBe('true');
  });
});
