// @vitest-environment happy-dom
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { isMissing, RecordStatus } from './record-status';

const answer = (appCode: string, code: string) => TRPCClientError.from({ error: { message: 'x', code: -32600, data: { appCode, code } } });

/** A wallet page before it has its wallet, worded as the staff console words it. */
function setup(missing: boolean, isError: boolean) {
  const t = portalT('admin', 'en', 'wallets');
  const query = { isError, error: new Error('x'), refetch: vi.fn() };
  render(
    <RecordStatus missing={missing} query={query} errorText={() => 'Could not load the wallet.'} back={<a href="/wallets">{t('detail.back')}</a>}
      text={{ notFound: t('detail.notFound'), notFoundHint: t('detail.notFoundHint'), loading: t('detail.loading'), tryAgain: t('tryAgain') }} />,
  );
  return { user: userEvent.setup(), query };
}

describe('isMissing', () => {
  it('takes the record’s own not-found code and a malformed id as "missing", not other failures', () => {
    expect(isMissing(answer('WALLET_NOT_FOUND', 'NOT_FOUND'), 'WALLET_NOT_FOUND')).toBe(true);
    expect(isMissing(answer('VALIDATION_FAILED', 'BAD_REQUEST'), 'WALLET_NOT_FOUND')).toBe(true);
    expect(isMissing(answer('FORBIDDEN', 'FORBIDDEN'), 'WALLET_NOT_FOUND')).toBe(false);
  });
});

describe('RecordStatus', () => {
  it('says the record is missing, with the way back, and no alert', () => {
    setup(true, true);
    expect(screen.getByText('Wallet not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to wallets' }).getAttribute('href')).toBe('/wallets');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failure as an alert whose "Try again" refetches', async () => {
    const { user, query } = setup(false, true);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not load the wallet.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(query.refetch).toHaveBeenCalledTimes(1);
  });

  it('is a named loading placeholder otherwise', () => {
    setup(false, false);
    expect(screen.getByRole('status', { name: 'Loading wallet' })).toBeTruthy();
  });
});
