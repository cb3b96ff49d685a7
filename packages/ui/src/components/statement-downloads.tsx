'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPCClient } from '../trpc';
import { Button } from './button';
import { saveBase64File } from './settlement-statement';
import { toast } from './toaster';

type Choice = { format: 'csv' | 'pdf'; locale: 'ar' | 'en' };

/** Download a statement as CSV or as a PDF in Arabic or English (rendered by the API). */
export function StatementDownloads({ settlementId, locale, labels, errorText }: {
  settlementId: string;
  /** The CSV's headings follow the page's language. */
  locale: 'ar' | 'en';
  labels: { title: string; csv: string; pdfAr: string; pdfEn: string };
  errorText: (error: unknown) => string;
}) {
  const client = useTRPCClient();
  const download = useMutation({
    mutationFn: (c: Choice) => client.settlements.export.query({ settlementId, ...c }),
    onSuccess: saveBase64File,
    onError: (error) => toast.error(errorText(error)),
  });
  const choices: [Choice, string][] = [[{ format: 'csv', locale }, labels.csv], [{ format: 'pdf', locale: 'ar' }, labels.pdfAr], [{ format: 'pdf', locale: 'en' }, labels.pdfEn]];
  return (
    <div role="group" aria-label={labels.title} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium">{labels.title}</span>
      {choices.map(([c, label]) => (
        <Button key={label} variant="secondary" loading={download.isPending && download.variables?.format === c.format && download.variables.locale === c.locale}
          disabled={download.isPending} onClick={() => download.mutate(c)}>
          {label}
        </Button>
      ))}
    </div>
  );
}
