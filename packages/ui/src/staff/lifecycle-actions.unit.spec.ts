import { describe, expect, it } from 'vitest';
import { lifecycleActions, lifecycleCommand, type LifecycleTextKey } from './lifecycle-actions';

const text = (key: LifecycleTextKey) => `<${key}>`;
const offered = (status: string) => lifecycleActions(status, text).map((a) => a.action);

describe('lifecycleActions', () => {
  it('offers what each status allows', () => {
    expect(offered('pending')).toEqual(['activate', 'close']);
    expect(offered('active')).toEqual(['suspend', 'close']);
    expect(offered('suspended')).toEqual(['reactivate', 'close']);
  });

  it('offers nothing once the record is closed or expired', () => {
    expect(offered('closed')).toEqual([]);
    expect(offered('expired')).toEqual([]);
  });

  it('asks a reason (and a confirmation) for suspending and closing only', () => {
    const byAction = Object.fromEntries(lifecycleActions('active', text).map((a) => [a.action, a]));
    expect(byAction.suspend?.reason).toEqual({ form: '<suspendForm>', label: '<suspendReason>', confirm: '<confirmSuspend>' });
    expect(byAction.close?.reason?.note).toBe('<closeNote>');
    expect(byAction.close?.grave).toBe(true);
    expect(lifecycleActions('pending', text)[0]).toEqual({ action: 'activate', label: '<activate>' });
  });
});

describe('lifecycleCommand', () => {
  it('carries the reason for suspend and close, and nothing for the others', () => {
    expect(lifecycleCommand('suspend', 'lost card')).toEqual({ action: 'suspend', reason: 'lost card' });
    expect(lifecycleCommand('close', 'moved abroad')).toEqual({ action: 'close', reason: 'moved abroad' });
    expect(lifecycleCommand('activate', 'ignored')).toEqual({ action: 'activate' });
    expect(lifecycleCommand('reactivate', undefined)).toEqual({ action: 'reactivate' });
  });
});
