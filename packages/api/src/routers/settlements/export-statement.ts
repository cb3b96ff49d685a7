import { getStatement } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { statementCsv } from '../../settlements/statement-csv';
import { statementHtml } from '../../settlements/statement-html';
import { htmlToPdf } from '../../settlements/statement-pdf';
import { roleProcedure } from '../../trpc';
import { settlementId } from './settlement.schemas';
import { requireStatementReader } from './statement-access';

/**
 * A statement to download, as CSV or as a PDF in Arabic or English. The bytes come back base64-encoded (a
 * statement is small) so the portal saves them without a second, separately authorised download route.
 */
export const exportStatement = roleProcedure('pharmacist', ...staffMay.settlePharmacies)
  .input(z.strictObject({ settlementId, format: z.enum(['csv', 'pdf']), locale: z.enum(['ar', 'en']) }))
  .output(z.object({ filename: z.string(), contentType: z.string(), base64: z.string() }))
  .query(async ({ ctx, input }) => {
    const found = await getStatement(ctx.services.pool, input.settlementId);
    if (!found) throw new AppError('SETTLEMENT_NOT_FOUND', 'No such statement');
    requireStatementReader(ctx.actor, found.statement.pharmacyId);
    const name = `${found.statement.id}-${input.locale}`;
    if (input.format === 'csv') {
      return { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(statementCsv(found, input.locale), 'utf8').toString('base64') };
    }
    const pdf = await htmlToPdf(statementHtml(found, input.locale));
    return { filename: `${name}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  });
