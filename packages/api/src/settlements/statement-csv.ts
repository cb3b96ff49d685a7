import { CURRENCY } from '@healthpay/domain';
import { CSV_BOM, csvLine } from '../exports/csv';
import { cairoDateTime } from '../exports/claims-csv';
import type { z } from 'zod';
import type { statementWithLines } from '../routers/settlements/settlement.schemas';
import { piastersToPounds } from '../schemas/pounds';
import { statementLabels, type ExportLocale } from './statement-labels';

type Statement = z.infer<typeof statementWithLines>;

/**
 * A statement as a spreadsheet: a UTF-8 BOM (Excel reads Arabic right), one line per statement line, then the totals;
 * amounts in pounds with two decimals beside a currency column; every cell formula-safe (csvCell).
 */
export function statementCsv({ statement: s, lines }: Statement, locale: ExportLocale): string {
  const l = statementLabels[locale];
  const c = l.columns;
  const out = [csvLine([c.occurredAt, c.kind, c.prescriptionId, c.cardId, c.benefit, c.walletCopay, c.commission, c.adjustment, c.net, c.currency])];
  for (const line of lines) {
    out.push(csvLine([
      cairoDateTime(line.occurredAt.toISOString()), l.kind[line.kind] ?? line.kind, line.prescriptionId, line.cardId, piastersToPounds(line.benefit),
      piastersToPounds(line.walletCopay), piastersToPounds(line.commission), piastersToPounds(line.adjustment), piastersToPounds(line.net), CURRENCY,
    ]));
  }
  const t = s.totals;
  out.push(csvLine([l.totals.grossBenefit, '', '', '', piastersToPounds(t.grossBenefit), piastersToPounds(t.walletCopay), piastersToPounds(t.commission),
    piastersToPounds(t.adjustments), piastersToPounds(t.netPayable), CURRENCY]));
  return CSV_BOM + out.join('');
}
