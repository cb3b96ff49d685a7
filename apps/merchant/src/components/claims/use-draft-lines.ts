'use client';

import { newUuid } from '@healthpay/ui';
import { useState } from 'react';
import type { DraftErrors, DraftLine, LineField } from '@/lib/claim-form';

const emptyLine = (): DraftLine => ({ key: newUuid(), drugCode: '', drugName: '', quantity: '1', unitPrice: '', daysSupply: '' });
const noErrors = (lines: readonly DraftLine[]): DraftErrors => ({ lines: lines.map(() => ({})) });

/** The drug lines as typed and what to fix in them; `edited` runs on every change (a check no longer holds). */
export function useDraftLines(edited: () => void) {
  const [lines, setLines] = useState<DraftLine[]>(() => [emptyLine()]);
  const [errors, setErrors] = useState<DraftErrors>(() => noErrors(lines));
  const actions = {
    change: (index: number, field: LineField, value: string) => {
      setLines((ls) => ls.map((l, i) => (i === index ? { ...l, [field]: value } : l)));
      setErrors((er) => ({ ...er, lines: er.lines.map((l, i) => (i === index ? { ...l, [field]: undefined } : l)) }));
      edited();
    },
    add: () => {
      setLines((ls) => [...ls, emptyLine()]);
      setErrors((er) => ({ ...er, lines: [...er.lines, {}] }));
      edited();
    },
    remove: (index: number) => {
      setLines((ls) => ls.filter((_, i) => i !== index));
      setErrors((er) => ({ ...er, lines: er.lines.filter((_, i) => i !== index) }));
      edited();
    },
  };
  /** One empty line, no errors. */
  const reset = () => {
    const fresh = [emptyLine()];
    setLines(fresh);
    setErrors(noErrors(fresh));
  };
  return { lines, errors, setErrors, actions, reset, clearErrors: () => setErrors(noErrors(lines)) };
}
