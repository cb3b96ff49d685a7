'use client';

import { Button } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApproveForm, RejectForm, ReturnForm } from './review-forms';
import { useReview, type Claim, type ReviewInput } from './use-review';

type Decision = ReviewInput['decision'];

/** Approve (possibly less than claimed), reject with a reason, or return to the filer for correction. */
export function ReviewActions({ claim }: { claim: Claim }) {
  const t = useTranslations('insurance.review');
  const review = useReview(claim);
  const [open, setOpen] = useState<Decision | null>(null);
  const choose = (d: Decision | null) => {
    setOpen(d);
    review.edited();
  };
  const props = { claim, review, onCancel: () => choose(null) };

  if (open === 'approve') return <ApproveForm {...props} />;
  if (open === 'reject') return <RejectForm {...props} />;
  if (open === 'return') return <ReturnForm {...props} />;
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={() => choose('approve')}>
        {t('approve')}
      </Button>
      <Button size="sm" variant="secondary" className="text-red-700" onClick={() => choose('reject')}>
        {t('reject')}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => choose('return')}>
        {t('return')}
      </Button>
    </div>
  );
}
