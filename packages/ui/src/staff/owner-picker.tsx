'use client';

import { SelectField, TextField } from '../components/field';

/** The select's value for "another user": their id is typed instead. */
export const OTHER_OWNER = '__other__';

export interface OwnerOption {
  id: string;
  name: string;
  phone?: string | null;
}

export interface OwnerPickerText {
  patient: string;
  choose: string;
  other: string;
  userId: string;
}

/** The user a record is opened for: the one picked, or the id typed when "another user" (or no list) applies. */
export const ownerIdOf = (options: readonly OwnerOption[], picked: string, typedId: string): string =>
  picked === OTHER_OWNER || options.length === 0 ? typedId.trim() : picked;

/** Choose a patient from the list, or type the id of another user (staff opening a wallet, issuing a card). */
export function OwnerPicker({ options, picked, typedId, error, text, onPick, onType }: {
  options: readonly OwnerOption[];
  picked: string;
  typedId: string;
  error?: string;
  text: OwnerPickerText;
  onPick: (value: string) => void;
  onType: (value: string) => void;
}) {
  const typing = picked === OTHER_OWNER || options.length === 0;
  return (
    <>
      {options.length > 0 ? (
        <SelectField label={text.patient} error={typing ? undefined : error} value={picked} onChange={(e) => onPick(e.target.value)}>
          <option value="">{text.choose}</option>
          {options.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} · {u.phone ?? u.id}
            </option>
          ))}
          <option value={OTHER_OWNER}>{text.other}</option>
        </SelectField>
      ) : null}
      {typing ? <TextField label={text.userId} error={error} autoComplete="off" dir="ltr" value={typedId} onChange={(e) => onType(e.target.value)} /> : null}
    </>
  );
}
