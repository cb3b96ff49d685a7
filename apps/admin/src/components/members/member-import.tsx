'use client';

import { HEALTHPAY_ORGANIZATION_ID, IMPORT_CHUNK_ROWS } from '@healthpay/api/organizations';
import { Button, Card, DataTable, errorInfo, formatNumber, Notice, SelectField, useTRPC, useTRPCClient, type DataColumn } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Papa from 'papaparse';
import { useState } from 'react';
import { ALL_COLUMNS, headerProblems, MAX_ROWS, REQUIRED_COLUMNS, rowOf, TEMPLATE_ROWS } from './member-csv';

interface RowResult {
  row: number;
  externalId: string | null;
  outcome: 'created' | 'matched' | 'error';
  code: string | null;
  message: string | null;
  cardId: string | null;
}

function download(name: string, text: string) {
  // A BOM so spreadsheet programs read the Arabic as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Staff import members from a CSV file: parsed in the browser, headers checked, sent to members.bulk a few
 * hundred rows at a time (the REST bulk route's code path) with a progress bar, then a summary and a per-row
 * result file. Superadmins choose the organization; others enroll under HealthPay's.
 */
export function MemberImport({ canChooseOrganization }: { canChooseOrganization: boolean }) {
  const t = useTranslations('members.import');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const trpc = useTRPC();
  const client = useTRPCClient();
  const organizations = useQuery({ ...trpc.organizations.list.queryOptions({}), enabled: canChooseOrganization });
  const [organizationId, setOrganizationId] = useState(HEALTHPAY_ORGANIZATION_ID);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<RowResult[] | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!file) return;
    setProblem(null);
    setResults(null);
    const parsed = await new Promise<Papa.ParseResult<Record<string, string>> | null>((resolve) =>
      Papa.parse<Record<string, string>>(file, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim(), complete: resolve, error: () => resolve(null) }),
    );
    if (!parsed) return setProblem(t('parseFailed'));
    const { missing, unknown } = headerProblems(parsed.meta.fields ?? []);
    if (missing.length > 0) return setProblem(t('missingColumns', { columns: missing.join(', ') }));
    if (unknown.length > 0) return setProblem(t('unknownColumns', { columns: unknown.join(', ') }));
    const rows = parsed.data.map(rowOf);
    if (rows.length === 0) return setProblem(t('empty'));
    if (rows.length > MAX_ROWS) return setProblem(t('tooMany', { count: formatNumber(rows.length, locale) }));

    setBusy(true);
    const all: RowResult[] = [];
    setProgress({ done: 0, total: rows.length });
    try {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK_ROWS) {
        const chunk = rows.slice(start, start + IMPORT_CHUNK_ROWS);
        const res = await client.members.bulk.mutate({ ...(canChooseOrganization && { organizationId }), rows: chunk });
        all.push(...res.results.map((r) => ({ ...r, row: r.row + start })));
        setProgress({ done: start + chunk.length, total: rows.length });
      }
    } catch (error) {
      setProblem(t('failed', { message: errorInfo(error).message }));
    } finally {
      setBusy(false);
      setResults(all);
    }
  };

  const count = (o: RowResult['outcome']) => results?.filter((r) => r.outcome === o).length ?? 0;
  const errors = results?.filter((r) => r.outcome === 'error') ?? [];
  const pct = progress ? Math.round((progress.done / progress.total) * 100) : 0;
  const errorColumns: DataColumn<RowResult>[] = [
    { label: t('row'), className: 'tabular-nums', cell: (r) => formatNumber(r.row, locale) },
    { label: t('externalId'), className: 'font-mono text-xs', cell: (r) => <bdi dir="ltr">{r.externalId}</bdi> },
    { label: t('code'), className: 'font-mono text-xs', cell: (r) => <bdi dir="ltr">{r.code}</bdi> },
    { label: t('message'), cell: (r) => <bdi dir="ltr">{r.message}</bdi> },
  ];

  return (
    <div className="space-y-6">
      <Card title={t('columns')} titleId="import-columns">
        <ul className="space-y-1 text-sm">
          {[...REQUIRED_COLUMNS, 'nameAr', 'locale', 'cardTier', 'monthlyLimit', 'copaymentPercent', 'family'].map((c) => (
            <li key={c}>
              <code className="font-mono text-xs" dir="ltr">{c}</code>{' '}
              <span className="text-slate-500">({(REQUIRED_COLUMNS as readonly string[]).includes(c) ? t('required') : t('optional')})</span> — {t(`col.${c}` as 'col.externalId')}
            </li>
          ))}
        </ul>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => download('healthpay-members-template.csv', Papa.unparse(TEMPLATE_ROWS, { columns: [...ALL_COLUMNS] }))}>
          {t('template')}
        </Button>
      </Card>

      <Card title={t('title')} titleId="import-form">
        <form
          className="space-y-4"
          aria-labelledby="import-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          {canChooseOrganization ? (
            <SelectField label={t('organization')} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)} disabled={busy}>
              {(organizations.data?.items ?? [{ id: HEALTHPAY_ORGANIZATION_ID, name: 'HealthPay', nameAr: 'HealthPay' }]).map((o) => (
                <option key={o.id} value={o.id}>
                  {locale === 'ar' ? o.nameAr : o.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <div className="space-y-1.5">
            <label htmlFor="member-csv" className="block text-sm font-medium text-slate-700">
              {t('file')}
            </label>
            <input
              id="member-csv"
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              aria-describedby="member-csv-hint"
              className="block w-full text-sm file:me-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <p id="member-csv-hint" className="text-xs text-slate-500">{t('fileHint')}</p>
          </div>
          <Button type="submit" disabled={!file || busy}>
            {busy ? t('importing') : t('start')}
          </Button>
          {progress ? (
            <div className="space-y-1">
              <div role="progressbar" aria-label={t('title')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-3 w-full overflow-hidden rounded-full bg-slate-200">
                <div className="h-full bg-teal-600 transition-[width]" style={{ width: `${pct}%` }} />
              </div>
              <p className="text-sm text-slate-600" aria-live="polite">
                {t('progress', { done: formatNumber(progress.done, locale), total: formatNumber(progress.total, locale) })}
              </p>
            </div>
          ) : null}
          {problem ? <Notice tone="error">{problem}</Notice> : null}
        </form>
      </Card>

      {results && results.length > 0 ? (
        <Card title={t('summary')} titleId="import-summary">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
            {([['rows', results.length], ['created', count('created')], ['matched', count('matched')], ['errors', count('error')], ['cardsIssued', results.filter((r) => r.cardId).length]] as const).map(([k, n]) => (
              <div key={k} className="rounded-xl bg-slate-50 p-3">
                <dt className="text-slate-500">{t(k)}</dt>
                <dd className="text-lg font-semibold tabular-nums">{formatNumber(n, locale)}</dd>
              </div>
            ))}
          </dl>
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            onClick={() => download('healthpay-members-results.csv', Papa.unparse(results.map((r) => ({ row: r.row, externalId: r.externalId ?? '', outcome: r.outcome, code: r.code ?? '', message: r.message ?? '' }))))}
          >
            {t('download')}
          </Button>
          {errors.length > 0 ? (
            <div className="mt-4">
              <h3 id="import-error-rows" className="mb-2 text-sm font-medium">{t('errorRows')}</h3>
              <DataTable labelledBy="import-error-rows" columns={errorColumns} rows={errors.slice(0, 200)} rowKey={(r) => String(r.row)} minWidth="36rem" rowHeader={false} hover={false} />
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
