// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextField } from '../components/field';
import type { PortalLocale } from '../i18n/portal-locale';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { ChoiceField, UrlFilterForm } from './filter-form';

const statuses = ['pending', 'active', 'suspended', 'closed'] as const;

/** The staff console's pharmacy filters, started from the URL's query (`url`). */
function Filters({ url, locale = 'en' }: { url: string; locale?: PortalLocale }) {
  const t = portalT('admin', locale, 'pharmacies');
  const params = new URLSearchParams(url);
  return (
    <UrlFilterForm action="/pharmacies" label={t('list.filter')} submit={t('list.filter')} stateKey={params.toString()}>
      <TextField label={t('list.search')} name="q" type="search" defaultValue={params.get('q') ?? ''} />
      <ChoiceField label={t('list.status')} name="status" defaultValue={params.get('status') ?? ''} all={t('list.allStatuses')} choices={statuses} choiceLabel={(s) => t(`status.${s}`)} />
      <ChoiceField label="Sort" name="sort" choices={['newest', 'name'] as const} choiceLabel={(s) => s.toUpperCase()} />
    </UrlFilterForm>
  );
}

/** What submitting the form would put in the URL (the browser's own GET navigation is stopped). */
function submitted(form: HTMLFormElement) {
  const sent: string[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sent.push(`${form.getAttribute('action')}?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString()}`);
  });
  return sent;
}

describe('UrlFilterForm with ChoiceField', () => {
  it('is a search landmark whose selects lead with "all" only when asked', () => {
    render(<Filters url="" />);
    const form = screen.getByRole('search', { name: 'Filter' });
    const status = within(form).getByRole('combobox', { name: 'Status' });
    expect(within(status).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['', 'All statuses'], ['pending', 'Pending'], ['active', 'Active'], ['suspended', 'Suspended'], ['closed', 'Closed'],
    ]);
    expect(within(within(form).getByRole('combobox', { name: 'Sort' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['NEWEST', 'NAME']);
  });

  it('puts what was typed and chosen in the URL query when submitted', async () => {
    const user = userEvent.setup();
    render(<Filters url="" />);
    const sent = submitted(screen.getByRole('search', { name: 'Filter' }) as HTMLFormElement);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Ezaby');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Suspended');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(sent).toEqual(['/pharmacies?q=Ezaby&status=suspended&sort=newest']);
  });

  it('shows the URL’s filters again when the URL changes (Back), dropping what was typed meanwhile', async () => {
    const user = userEvent.setup();
    const view = render(<Filters url="?q=Ezaby&status=active" />);
    const search = () => screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
    expect(search().value).toBe('Ezaby');
    await user.clear(search());
    await user.type(search(), 'Seif');
    view.rerender(<Filters url="?q=Roshdy" />);
    expect(search().value).toBe('Roshdy');
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('');
  });

  it('speaks Arabic with the Arabic messages', () => {
    render(<Filters url="" locale="ar" />);
    const form = screen.getByRole('search', { name: 'تصفية' });
    expect(within(form).getByRole('combobox', { name: 'الحالة' }).textContent).toContain('كل الحالات');
    expect(within(form).getByRole('button', { name: 'تصفية' })).toBeTruthy();
  });
});
