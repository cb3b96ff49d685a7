'use client';

import { errorInfo, formatEgyptianMobile, Money, Notice, Button, Card, personName, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Pending } from './transfer-errors';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-600">{label}</dt>
      {children}
    </div>
  );
}

/** The review step: amount, number, the recipient's masked name and the note, then confirm or edit. */
export function TransferConfirm({ pending, unanswered, busy, onConfirm, onEdit }: {
  pending: Pending;
  /** The last attempt got no answer: say that confirming again is safe. */
  unanswered: boolean;
  busy: boolean;
  onConfirm: () => void;
  onEdit: () => void;
}) {
  const t = useTranslations('transfer');
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={heading} tabIndex={-1} className="mb-4 text-base font-semibold outline-none">
        {t('confirmHeading')}
      </h2>
      <dl className="space-y-3 rounded-xl bg-slate-50 p-4 text-sm">
        <Row label={t('confirmAmount')}>
          <dd className="text-lg font-semibold">
            <Money piasters={pending.input.amount} locale={locale} />
          </dd>
        </Row>
        <Row label={t('confirmRecipient')}>
          <dd dir="ltr" className="font-medium tabular-nums">
            {formatEgyptianMobile(pending.phone)}
          </dd>
        </Row>
        <RecipientName phone={pending.phone} />
        {pending.input.reference ? (
          <Row label={t('confirmNote')}>
            <dd className="min-w-0 break-words font-medium">{pending.input.reference}</dd>
          </Row>
        ) : null}
      </dl>
      {unanswered ? (
        <div className="mt-4">
          <Notice tone="warning">{t('retryHint')}</Notice>
        </div>
      ) : null}
      <div className="mt-4 flex flex-col gap-2 sm:flex-row-reverse">
        <Button className="w-full sm:flex-1" loading={busy} onClick={onConfirm}>
          {t('confirm')}
        </Button>
        <Button variant="secondary" className="w-full sm:flex-1" disabled={busy} onClick={onEdit}>
          {t('edit')}
        </Button>
      </div>
    </Card>
  );
}

/** The recipient's masked name (first name, initials) so the payer sees whom the number reaches. */
function RecipientName({ phone }: { phone: string }) {
  const t = useTranslations('transfer');
  const locale = useLocale();
  const trpc = useTRPC();
  const recipient = useQuery({ ...trpc.wallet.recipient.queryOptions({ phone }), retry: false, staleTime: Infinity });
  const unknown = recipient.error && errorInfo(recipient.error).code === 'WALLET_NOT_FOUND';
  if (!recipient.data && !unknown) return null;
  return (
    <Row label={t('confirmName')}>
      <dd className="min-w-0 break-words font-medium" data-testid="recipient-name">
        {recipient.data ? personName(recipient.data, locale) : t('recipientUnknown')}
      </dd>
    </Row>
  );
}
