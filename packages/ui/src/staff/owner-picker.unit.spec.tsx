// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PortalLocale } from '../i18n/portal-locale';
import { render, screen, userEvent, within } from '../testing/dom';
import { portalT } from '../testing/messages';
import { OTHER_OWNER, OwnerPicker, ownerIdOf, type OwnerOption } from './owner-picker';
import { useOwnerChoice } from './use-owner-choice';

const patients: OwnerOption[] = [{ id: 'u-mona', name: 'Mona Ali', phone: '+201112345678' }, { id: 'u-omar', name: 'عمر خالد', phone: null }];

describe('ownerIdOf', () => {
  it('is the patient picked, or the typed id for another user or when there is no list', () => {
    expect(ownerIdOf(patients, 'u-mona', ' u-typed ')).toBe('u-mona');
    expect(ownerIdOf(patients, OTHER_OWNER, ' u-typed ')).toBe('u-typed');
    expect(ownerIdOf([], '', ' u-typed ')).toBe('u-typed');
    expect(ownerIdOf(patients, '', '')).toBe('');
  });
});

/** "Open wallet"'s owner field as the staff console wires it: the hook, the picker and its words. */
function setup({ options = patients, error = undefined as string | undefined, locale = 'en' as PortalLocale } = {}) {
  const t = portalT('admin', locale, 'wallets');
  const onEdit = vi.fn();
  const chosen = vi.fn<(ownerId: string) => void>();
  function OwnerField() {
    const owner = useOwnerChoice(options, onEdit);
    chosen(owner.ownerId);
    return <OwnerPicker {...owner.field} error={error} text={{ patient: t('open.patient'), choose: t('open.choose'), other: t('open.other'), userId: t('open.userId') }} />;
  }
  render(<OwnerField />);
  return { user: userEvent.setup(), onEdit, ownerId: () => chosen.mock.lastCall?.[0] };
}

describe('OwnerPicker with useOwnerChoice', () => {
  it('lists the patients by name and phone (or id), then "another user"', () => {
    setup();
    expect(within(screen.getByRole('combobox', { name: 'Patient' })).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a patient…', 'Mona Ali · +201112345678', 'عمر خالد · u-omar', 'Another user (type their id)',
    ]);
    expect(screen.queryByRole('textbox', { name: 'User id' })).toBeNull();
  });

  it('picking a patient makes them the owner; each change counts as an edit', async () => {
    const { user, onEdit, ownerId } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Patient' }), 'Mona Ali · +201112345678');
    expect(ownerId()).toBe('u-mona');
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('"another user" asks for their id, left to right, and the trimmed id is the owner', async () => {
    const { user, ownerId } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Patient' }), 'Another user (type their id)');
    const id = screen.getByRole('textbox', { name: 'User id' });
    expect(id.getAttribute('dir')).toBe('ltr');
    await user.type(id, ' u-x ');
    expect(ownerId()).toBe('u-x');
  });

  it('without patients to list, asks for the id only', () => {
    setup({ options: [] });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'User id' })).toBeTruthy();
  });

  it('puts the error on the field in use', async () => {
    const { user } = setup({ error: 'Choose a patient or type their user id.' });
    expect(screen.getByRole('combobox', { name: 'Patient' }).getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Patient' }), 'Another user (type their id)');
    expect(screen.getByRole('combobox', { name: 'Patient' }).getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'User id' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks Arabic with the Arabic messages', () => {
    setup({ locale: 'ar' });
    expect(screen.getByRole('combobox', { name: 'المريض' })).toBeTruthy();
  });
});
