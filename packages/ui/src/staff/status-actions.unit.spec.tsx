// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../i18n/portal-locale';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { lifecycleActions, type LifecycleAction } from './lifecycle-actions';
import { StatusActions } from './status-actions';

type Run = (action: LifecycleAction, reason: string | undefined, done: () => void) => void;

/** A wallet's status actions as the staff console words them. */
function setup({ status = 'active', pending = false, locale = 'en' as PortalLocale, onRun = vi.fn<Run>(), onEdit = vi.fn() } = {}) {
  const t = portalT('admin', locale, 'wallets');
  const props = {
    titleId: 'status',
    text: { title: t('actions.title'), reasonHint: t('actions.reasonHint'), reasonTooShort: t('actions.reasonTooShort'), cancel: t('cancel') },
    final: t('actions.closed'),
    onRun,
    onEdit,
  };
  const view = render(<StatusActions {...props} actions={lifecycleActions(status, (k) => t(`actions.${k}`))} pending={pending} />);
  const rerender = (next: { status?: string; pending?: boolean }) =>
    view.rerender(<StatusActions {...props} actions={lifecycleActions(next.status ?? status, (k) => t(`actions.${k}`))} pending={next.pending ?? pending} />);
  return { user: userEvent.setup(), onRun, onEdit, rerender };
}

const buttonNames = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('StatusActions', () => {
  it('is a region named by its title, offering what the status allows', () => {
    setup({ status: 'active' });
    const region = screen.getByRole('region', { name: 'Status' });
    expect(within(region).getAllByRole('button').map((b) => b.textContent)).toEqual(['Suspend…', 'Close…']);
  });

  it('runs a plain action at once, without asking a reason', async () => {
    const { user, onRun } = setup({ status: 'pending' });
    await user.click(screen.getByRole('button', { name: 'Activate' }));
    expect(onRun).toHaveBeenCalledWith('activate', undefined, expect.any(Function));
  });

  it('asks why before suspending, refuses a reason that explains nothing, then sends the trimmed reason', async () => {
    const { user, onRun, onEdit } = setup();
    await user.click(screen.getByRole('button', { name: 'Suspend…' }));
    const form = screen.getByRole('form', { name: 'Suspend wallet' });
    const reason = within(form).getByRole('textbox', { name: 'Reason for suspension' });
    expect(reason.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Recorded in the audit trail.');

    await user.type(reason, ' ab ');
    await user.click(within(form).getByRole('button', { name: 'Confirm suspension' }));
    expect(onRun).not.toHaveBeenCalled();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Give a reason of at least 3 characters.');

    await user.type(reason, 'c');
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    expect(onEdit).toHaveBeenCalled();
    await user.click(within(form).getByRole('button', { name: 'Confirm suspension' }));
    expect(onRun).toHaveBeenCalledWith('suspend', 'ab c', expect.any(Function));
  });

  it('closes the form and forgets the reason once the action succeeded', async () => {
    const { user, onRun } = setup({ onRun: vi.fn<Run>((_a, _r, done) => done()) });
    await user.click(screen.getByRole('button', { name: 'Close…' }));
    expect(screen.getByText('A wallet can only be closed once its balance and holds are zero.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Reason for closing' }), 'Owner asked');
    await user.keyboard('{Enter}');
    // Enter in a textarea is a new line, not a submission.
    expect(onRun).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Confirm closing' }));
    expect(onRun).toHaveBeenCalledWith('close', 'Owner asked', expect.any(Function));
    expect(screen.queryByRole('form')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close…' }));
    expect((screen.getByRole('textbox', { name: 'Reason for closing' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('cancel goes back to the buttons without running anything', async () => {
    const { user, onRun } = setup();
    await user.click(screen.getByRole('button', { name: 'Suspend…' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason for suspension' }), 'Fraud check');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onRun).not.toHaveBeenCalled();
    expect(buttonNames()).toEqual(['Suspend…', 'Close…']);
  });

  it('while the command runs: the confirmation is busy and cancel is disabled', async () => {
    const { user, rerender } = setup();
    await user.click(screen.getByRole('button', { name: 'Suspend…' }));
    rerender({ pending: true });
    const confirm = screen.getByRole('button', { name: 'Confirm suspension' }) as HTMLButtonElement;
    expect([confirm.disabled, confirm.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('marks the direct actions busy while a command runs, not the ones that first ask a reason', () => {
    setup({ status: 'pending', pending: true });
    const activate = screen.getByRole('button', { name: 'Activate' }) as HTMLButtonElement;
    const close = screen.getByRole('button', { name: 'Close…' }) as HTMLButtonElement;
    expect([activate.disabled, activate.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect([close.disabled, close.getAttribute('aria-busy')]).toEqual([false, null]);
  });

  it('says the record is final instead of offering buttons', () => {
    setup({ status: 'closed' });
    expect(buttonNames()).toEqual([]);
    expect(screen.getByText('This wallet is closed. Closed wallets can’t be reopened.')).toBeTruthy();
  });

  it('speaks Arabic with the Arabic messages', async () => {
    const { user } = setup({ locale: 'ar' });
    expect(screen.getByRole('region', { name: 'الحالة' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'إيقاف…' }));
    await user.click(screen.getByRole('button', { name: 'تأكيد الإيقاف' }));
    expect(screen.getByText('اكتب سببًا من 3 أحرف على الأقل.')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'إيقاف المحفظة' })).toBeTruthy();
  });
});
