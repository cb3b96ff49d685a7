// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../i18n/portal-locale';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { ConfirmActions, type ConfirmAction } from './confirm-actions';

type Action = 'activate' | 'suspend' | 'reinstate';
type Confirm = (action: Action, input: string | undefined, done: () => void) => void;
const confirmKey = { activate: 'confirmActivate', suspend: 'confirmSuspend', reinstate: 'confirmReinstate' } as const;

/** A pharmacy's status actions as the staff console builds them. */
function setup({ actions = ['activate', 'suspend'] as Action[], busy = false, locale = 'en' as PortalLocale, onConfirm = vi.fn<Confirm>() } = {}) {
  const t = portalT('admin', locale, 'pharmacies');
  const list: ConfirmAction<Action>[] = actions.map((a) => ({
    action: a,
    label: t(`actions.${a}`),
    danger: a === 'suspend',
    ...(a === 'suspend' && { input: { label: t('actions.reason'), maxLength: 500, multiline: true } }),
  }));
  const props = {
    title: t('actions.title'), titleId: 'status-actions', actions: list, prompt: (a: Action) => t(`actions.${confirmKey[a]}`, { name: 'El Ezaby' }),
    text: { confirm: t('actions.confirm'), back: t('actions.back'), required: t('errors.required') }, onConfirm,
  };
  const view = render(<ConfirmActions {...props} busy={busy} />);
  return { user: userEvent.setup(), onConfirm, setBusy: (b: boolean) => view.rerender(<ConfirmActions {...props} busy={b} />), container: view.container };
}

describe('ConfirmActions', () => {
  it('offers one button per next step, under its title', () => {
    setup();
    expect(within(screen.getByRole('region', { name: 'Status' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['Activate', 'Suspend']);
  });

  it('says what will happen before running a step, and runs it on confirm', async () => {
    const { user, onConfirm } = setup();
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    expect(onConfirm).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Status' });
    expect(within(group).getByText('Activate El Ezaby? Its pharmacists will be able to submit claims.')).toBeTruthy();
    await user.click(within(group).getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledWith('activate', undefined, expect.any(Function));
  });

  it('requires the text a step asks for, then sends it trimmed', async () => {
    const { user, onConfirm } = setup();
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).not.toHaveBeenCalled();
    const reason = screen.getByRole('textbox', { name: 'Reason (shown to the pharmacy)' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    await user.type(reason, '  Licence expired ');
    expect(screen.queryByText('Fill this in.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledWith('suspend', 'Licence expired', expect.any(Function));
  });

  it('goes back to the steps once done, with the text cleared', async () => {
    const { user } = setup({ onConfirm: vi.fn<Confirm>((_a, _i, done) => done()) });
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason (shown to the pharmacy)' }), 'Licence expired');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Activate', 'Suspend']);
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    expect((screen.getByRole('textbox', { name: 'Reason (shown to the pharmacy)' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('back returns to the steps without running anything; while busy it is disabled', async () => {
    const { user, onConfirm, setBusy } = setup();
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    setBusy(true);
    const confirm = screen.getByRole('button', { name: 'Confirm' }) as HTMLButtonElement;
    expect([confirm.disabled, confirm.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    setBusy(false);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Activate', 'Suspend']);
  });

  it('shows nothing when the record has no next step', () => {
    const { container } = setup({ actions: [] });
    expect(container.innerHTML).toBe('');
  });

  it('speaks Arabic with the Arabic messages', async () => {
    const { user } = setup({ locale: 'ar', actions: ['reinstate'] });
    await user.click(screen.getByRole('button', { name: 'إعادة التفعيل' }));
    expect(screen.getByText('إعادة تفعيل El Ezaby؟ سيتمكن صيادلتها من تقديم المطالبات مجددًا.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'تأكيد' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'رجوع' })).toBeTruthy();
  });
});

describe('ConfirmActions after "back"', () => {
  it('starts the next step afresh: no earlier error, no text typed for another step', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmActions title="Actions" titleId="a" busy={false} onConfirm={vi.fn()} prompt={() => 'Sure?'}
        text={{ confirm: 'Confirm', back: 'Back', required: 'Fill this in.' }}
        actions={[{ action: 'markPaid', label: 'Mark paid', input: { label: 'Payout reference', maxLength: 200 } }, { action: 'dispute', label: 'Dispute', danger: true, input: { label: 'Reason', maxLength: 200 } }]} />,
    );
    await user.click(screen.getByRole('button', { name: 'Dispute' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Dispute' }));
    expect(screen.queryByText('Fill this in.')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Amounts wrong');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Mark paid' }));
    expect((screen.getByRole('textbox', { name: 'Payout reference' }) as HTMLInputElement).value).toBe('');
  });
});
