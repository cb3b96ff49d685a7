'use client';

import { Button, Card, errorInfo, Notice, SelectField, TextField, toast, useTRPCClient } from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { OrganizationTokens } from './organization-tokens';

interface Org {
  id: string;
  name: string;
  nameAr: string;
}

/** Issues an organization's REST token; the secret is shown once. */
export function IssueOrganizationToken({ organizations, onIssued }: { organizations: Org[]; onIssued: () => void }) {
  const t = useTranslations('organizations.token');
  const tokensT = useTranslations('organizations.tokens');
  const [issuedCount, setIssuedCount] = useState(0);
  const locale = useLocale();
  const client = useTRPCClient();
  const [organizationId, setOrganizationId] = useState('');
  const [name, setName] = useState('');
  const [days, setDays] = useState('365');
  const [issued, setIssued] = useState<{ token: string; orgName: string } | null>(null);
  const issue = useMutation({
    mutationFn: () => client.organizations.issueToken.mutate({ organizationId, name: name.trim(), expiresInDays: Number(days) }),
  });
  const nameOf = (o: Org) => (locale === 'ar' ? o.nameAr : o.name);
  const org = organizations.find((o) => o.id === organizationId);
  const daysOk = /^\d{1,4}$/.test(days) && Number(days) >= 1 && Number(days) <= 3650;

  const copy = async (token: string) => {
    try {
      await navigator.clipboard.writeText(token);
      toast.success(t('copied'));
    } catch {
      toast.error(t('copyFailed'));
    }
  };

  return (
    <Card title={t('heading')} titleId="issue-org-token-heading">
      {issued ? (
        <div className="space-y-4">
          <Notice tone="warning" title={t('secretTitle')}>
            {t('secretBody', { name: issued.orgName })}
          </Notice>
          <TextField label={t('secretLabel')} readOnly autoFocus dir="ltr" spellCheck={false} value={issued.token} onFocus={(e) => e.currentTarget.select()} className="font-mono text-sm" />
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void copy(issued.token)}>{t('copy')}</Button>
            <Button variant="secondary" onClick={() => setIssued(null)}>
              {t('done')}
            </Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="space-y-4"
          aria-labelledby="issue-org-token-heading"
          onSubmit={(e) => {
            e.preventDefault();
            if (!org || !name.trim() || !daysOk) return;
            issue.mutate(undefined, {
              onSuccess: (r) => {
                setIssued({ token: r.token, orgName: nameOf(org) });
                setName('');
                setIssuedCount((n) => n + 1);
                onIssued();
              },
              onError: (error) => toast.error(`${t('failed')} ${errorInfo(error).message}`),
            });
          }}
        >
          <SelectField label={t('organization')} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
            <option value="">{t('choose')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {nameOf(o)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('name')} hint={t('nameHint')} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          <TextField label={t('expires')} hint={t('expiresHint')} inputMode="numeric" dir="ltr" value={days} error={daysOk ? undefined : t('expiresHint')} onChange={(e) => setDays(e.target.value)} />
          <Button type="submit" disabled={issue.isPending || !org || !name.trim() || !daysOk}>
            {t('submit')}
          </Button>
        </form>
      )}
      {org ? (
        <section aria-labelledby="org-tokens-heading" className="mt-6 space-y-2">
          <h3 id="org-tokens-heading" className="text-sm font-semibold">
            {tokensT('heading')} · {nameOf(org)}
          </h3>
          <OrganizationTokens key={`${org.id}-${issuedCount}`} organizationId={org.id} />
        </section>
      ) : null}
    </Card>
  );
}
