'use client';

import { useState } from 'react';
import { ownerIdOf, type OwnerOption } from './owner-picker';

/** The state of an OwnerPicker: spread `field` onto it; `onEdit` runs on every change (e.g. a new idempotency key). */
export function useOwnerChoice(options: readonly OwnerOption[], onEdit: () => void) {
  const [picked, setPicked] = useState('');
  const [typedId, setTypedId] = useState('');
  return {
    ownerId: ownerIdOf(options, picked, typedId),
    field: {
      options,
      picked,
      typedId,
      onPick: (value: string) => {
        setPicked(value);
        onEdit();
      },
      onType: (value: string) => {
        setTypedId(value);
        onEdit();
      },
    },
  };
}
