import { CURRENCY } from '@healthpay/domain';
import type { ClaimView } from '../routers/claims/claim.schemas';
import { piastersToPounds } from '../schemas/pounds';
import { CSV_BOM, csvLine } from './csv';

/** The words of the export in the reader's language (the portal passes its messages). */
export interface ClaimsCsvLabels {
  header: {
    decidedAt: string;
    prescriptionId: string;
    cardNumber: string;
    patient: string;
    status: string;
    submitted: string;
    copay: string;
    copayPaidFrom: string;
    benefit: string;
    currency: string;
  };
  /** Claim statuses; one missing here (a status added later) is written as its code. */
  status: Readonly<Record<string, string>>;
  paidFrom: { wallet: string; cash: string };
  /** The last line when the export stopped at `maxRows`. */
  truncated: string;
}

export type ClaimPageFetcher = (cursor: string | undefined) => Promise<{ items: ClaimView[]; nextCursor: string | null }>;

const cairo = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Cairo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "2026-12-06 14:05": Cairo wall-clock time in a form every spreadsheet sorts and parses. */
export function cairoDateTime(iso: string): string {
  const parts = Object.fromEntries(cairo.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The header line and one line per claim (amounts in pounds with 2 decimals, beside a currency column). */
export const claimsCsvHeader = (l: ClaimsCsvLabels): string => csvLine(Object.values(l.header));

export function claimCsvLine(c: ClaimView, l: ClaimsCsvLabels): string {
  const paid = c.status !== 'rejected';
  return csvLine([
    cairoDateTime(c.decidedAt), c.prescriptionId, c.cardId, c.beneficiaryName ?? '', l.status[c.status] ?? c.status,
    piastersToPounds(c.submitted), piastersToPounds(c.copay), paid && c.copay > 0 ? l.paidFrom[c.copayPaidFrom] : '',
    piastersToPounds(c.benefit), CURRENCY,
  ]);
}

/**
 * Every claim `fetchPage` returns, page after page, as a UTF-8 CSV stream with a BOM. The first page is read
 * before the stream exists, so a refusal (not signed in, bad filter) reaches the caller as an error, not as a
 * half-written file; later pages are read only as fast as the client downloads.
 */
export async function claimsCsv(fetchPage: ClaimPageFetcher, labels: ClaimsCsvLabels, maxRows = 20_000): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let page = await fetchPage(undefined);
  let written = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + claimsCsvHeader(labels)));
      }
      const room = maxRows - written;
      const rows = page.items.slice(0, room);
      written += rows.length;
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((c) => claimCsvLine(c, labels)).join('')));
      const more = page.nextCursor !== null || page.items.length > rows.length;
      if (more && written >= maxRows) {
        controller.enqueue(encoder.encode(csvLine([labels.truncated])));
        return controller.close();
      }
      if (page.nextCursor === null) return controller.close();
      page = await fetchPage(page.nextCursor);
    },
  });
}
