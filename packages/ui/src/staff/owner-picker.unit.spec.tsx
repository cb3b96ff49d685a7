import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OTHER_OWNER, OwnerPicker, ownerIdOf } from './owner-picker';

const patients = [{ id: 'u-mona', name: 'Mona Ali', phone: '+201112345678' }, { id: 'u-omar', name: 'عمر خالد', phone: null }];
const text = { patient: 'Patient', choose: 'Choose a patient…', other: 'Another user', userId: 'User id' };
const render = (options: typeof patients, picked: string) =>
  renderToStaticMarkup(<OwnerPicker options={options} picked={picked} typedId="u-x" error="Choose one." text={text} onPick={() => {}} onType={() => {}} />);

describe('ownerIdOf', () => {
  it('is the patient picked, or the typed id for another user or when there is no list', () => {
    expect(ownerIdOf(patients, 'u-mona', ' u-typed ')).toBe('u-mona');
    expect(ownerIdOf(patients, OTHER_OWNER, ' u-typed ')).toBe('u-typed');
    expect(ownerIdOf([], '', ' u-typed ')).toBe('u-typed');
    expect(ownerIdOf(patients, '', '')).toBe('');
  });
});

describe('OwnerPicker', () => {
  it('lists the patients by name and phone (or id), then "another user"; the error sits on the select', () => {
    const html = render(patients, '');
    expect([...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['', 'Choose a patient…'],
      ['u-mona', 'Mona Ali · +201112345678'],
      ['u-omar', 'عمر خالد · u-omar'],
      [OTHER_OWNER, 'Another user'],
    ]);
    expect(html).not.toContain('User id');
    expect(html).toMatch(/<select[^>]*aria-invalid="true"/);
  });

  it('asks for the id, left to right, when another user is chosen or there is no list', () => {
    for (const html of [render(patients, OTHER_OWNER), render([], '')]) {
      expect(html).toContain('User id');
      expect(html).toMatch(/<input[^>]*aria-invalid="true"[^>]*dir="ltr"[^>]*value="u-x"/);
    }
  });
});
