import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lifecycleActions, type LifecycleTextKey } from './lifecycle-actions';
import { StatusActions, type StatusActionsText } from './status-actions';

const text: StatusActionsText = { title: 'Status', reasonHint: 'Recorded.', reasonTooShort: 'Too short.', cancel: 'Cancel' };
const words: Record<LifecycleTextKey, string> = {
  activate: 'Activate', reactivate: 'Reactivate', suspend: 'Suspend…', close: 'Close…', suspendForm: 'Suspend wallet', closeForm: 'Close wallet',
  suspendReason: 'Reason for suspension', closeReason: 'Reason for closing', confirmSuspend: 'Confirm suspension', confirmClose: 'Confirm closing',
  closeNote: 'Balance must be zero.',
};
const render = (status: string, pending = false) =>
  renderToStaticMarkup(
    <StatusActions titleId="status" text={text} actions={lifecycleActions(status, (k) => words[k])} final="Closed for good." pending={pending} onRun={() => {}} />,
  );
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));

describe('StatusActions', () => {
  it('is a region named by its title, with a button per allowed action', () => {
    const html = render('active');
    expect(html).toMatch(/<section aria-labelledby="status"/);
    expect(html).toMatch(/<h2 id="status"[^>]*>Status<\/h2>/);
    expect(buttons(html)).toEqual(['Suspend…', 'Close…']);
  });

  it('shows the final word instead of buttons when nothing is allowed', () => {
    const html = render('closed');
    expect(buttons(html)).toEqual([]);
    expect(html).toContain('Closed for good.');
  });

  it('marks the direct actions busy while a command runs, not the ones that first ask a reason', () => {
    const busy = Object.fromEntries(
      [...render('pending', true).matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map((m) => [m[2]?.replace(/<[^>]+>/g, ''), /aria-busy="true"/.test(m[1] ?? '')]),
    );
    expect(busy).toEqual({ Activate: true, 'Close…': false });
  });
});
