import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecordStatus } from './record-status';

const text = { notFound: 'Wallet not found', notFoundHint: 'The id may be wrong.', loading: 'Loading wallet', tryAgain: 'Try again' };
const render = (missing: boolean, isError: boolean) =>
  renderToStaticMarkup(
    <RecordStatus missing={missing} query={{ isError, error: new Error('x'), refetch: () => {} }} text={text} errorText={() => 'Could not load.'} back={<a href="/wallets">Back</a>} />,
  );

describe('RecordStatus', () => {
  it('says the record is missing, with the way back', () => {
    const html = render(true, true);
    expect(html).toContain('Wallet not found');
    expect(html).toContain('The id may be wrong. <a href="/wallets">Back</a>');
    expect(html).not.toContain('role="alert"');
  });

  it('shows a failure as an alert with "try again"', () => {
    const html = render(false, true);
    expect(html).toMatch(/role="alert"/);
    expect(html).toContain('Could not load.');
    expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
  });

  it('is a named loading placeholder otherwise', () => {
    expect(render(false, false)).toMatch(/role="status" aria-label="Loading wallet"/);
  });
});
