// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../i18n/portal-locale';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { CLAIM_REVERSAL_REASONS, ReverseClaimForm, type ClaimReversalReasonCode, type ReverseClaimText } from './reverse-claim-form';

/** The pharmacy portal's reversal words (its `reversal` messages, as its useReversalText builds them). */
function reversalText(locale: PortalLocale): ReverseClaimText {
  const t = portalT('merchant', locale, 'reversal');
  const reasons = Object.fromEntries(CLAIM_REVERSAL_REASONS.map((code) => [code, t(`reasons.${code}`)])) as ReverseClaimText['reasons'];
  return {
    open: t('open'), heading: t('heading'), reason: t('reason'), reasons, note: t('note'), noteHint: t('noteHint'), noteRequired: t('noteRequired'),
    consequences: t('consequences'), review: t('review'), confirmQuestion: t('confirmQuestion'), confirm: t('confirm'), back: t('back'), cancel: t('cancel'),
  };
}

function setup({ locale = 'en' as PortalLocale, pending = false, error = undefined as ReactNode } = {}) {
  const onReverse = vi.fn<(reason: ClaimReversalReasonCode, note: string | undefined) => void>();
  const text = reversalText(locale);
  const view = render(<ReverseClaimForm text={text} pending={pending} error={error} onReverse={onReverse} />);
  const rerender = (p: { pending?: boolean; error?: ReactNode }) => view.rerender(<ReverseClaimForm text={text} pending={p.pending ?? pending} error={p.error} onReverse={onReverse} />);
  return { user: userEvent.setup(), onReverse, rerender };
}

describe('ReverseClaimForm', () => {
  it('opens on "Reverse claim" to a named section asking why, "the patient left" chosen', async () => {
    const { user } = setup();
    expect(screen.queryByRole('region')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reverse claim' }));
    const section = screen.getByRole('region', { name: 'Reverse this claim' });
    const reason = within(section).getByRole('combobox', { name: 'Reason' }) as HTMLSelectElement;
    expect(reason.value).toBe('PATIENT_LEFT');
    expect(within(reason).getAllByRole('option')).toHaveLength(CLAIM_REVERSAL_REASONS.length);
  });

  it('requires a note for "Other" before going on', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Reverse claim' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Other (explain in the note)');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const note = screen.getByRole('textbox', { name: 'Note (optional)' });
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Explain why in the note.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, reverse the claim' })).toBeNull();
  });

  it('asks for an explicit confirmation, saying what will happen, then reverses with the reason and trimmed note', async () => {
    const { user, onReverse } = setup();
    await user.click(screen.getByRole('button', { name: 'Reverse claim' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Entered twice');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), '  Typed twice at the counter ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onReverse).not.toHaveBeenCalled();
    expect(screen.getByText('Reverse this claim?')).toBeTruthy();
    expect(screen.getByText(/^The benefit goes back to the card’s month/)).toBeTruthy();
    expect(screen.getByText('Reason: Entered twice · Typed twice at the counter')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, reverse the claim' }));
    expect(onReverse).toHaveBeenCalledWith('DUPLICATE_ENTRY', 'Typed twice at the counter');
  });

  it('sends no note when none was written', async () => {
    const { user, onReverse } = setup();
    await user.click(screen.getByRole('button', { name: 'Reverse claim' }));
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reverse the claim' }));
    expect(onReverse).toHaveBeenCalledWith('PATIENT_LEFT', undefined);
  });

  it('back returns to the reason as it was; cancel closes the form', async () => {
    const { user, onReverse } = setup();
    await user.click(screen.getByRole('button', { name: 'Reverse claim' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Claimed on the wrong card');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByRole('combobox', { name: 'Reason' }) as HTMLSelectElement).value).toBe('WRONG_CARD');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reverse claim' })).toBeTruthy();
    expect(onReverse).not.toHaveBeenCalled();
  });

  it('while reversing: confirm busy, back disabled; a failure is shown as an alert', async () => {
    const { user, rerender } = setup();
    await user.click(screen.getByRole('button', { name: 'Reverse claim' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    rerender({ pending: true });
    const confirm = screen.getByRole('button', { name: 'Yes, reverse the claim' }) as HTMLButtonElement;
    expect([confirm.disabled, confirm.getAttribute('aria-busy')]).toEqual([true, 'true']);
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    rerender({ pending: false, error: 'A pharmacy can reverse a claim only on the day it was approved.' });
    expect(screen.getByRole('alert').textContent).toBe('A pharmacy can reverse a claim only on the day it was approved.');
  });

  it('speaks Arabic with the Arabic messages', async () => {
    const { user } = setup({ locale: 'ar' });
    await user.click(screen.getByRole('button', { name: 'إلغاء المطالبة' }));
    expect(screen.getByRole('region', { name: 'إلغاء هذه المطالبة' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'متابعة' }));
    expect(screen.getByRole('button', { name: 'نعم، ألغِ المطالبة' })).toBeTruthy();
    expect(screen.getByText('السبب: غادر المريض دون استلام الأدوية')).toBeTruthy();
  });
});
