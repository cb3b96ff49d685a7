import type { z } from 'zod';
import type { statementWithLines } from '../routers/settlements/settlement.schemas';
import { piastersToPounds } from '../schemas/pounds';
import { statementLabels, type ExportLocale } from './statement-labels';

type Statement = z.infer<typeof statementWithLines>;

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** Latin ids inside Arabic text are isolated so the bidi algorithm keeps them whole. */
const bdi = (s: string) => `<bdi>${escape(s)}</bdi>`;

const cairoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Cairo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A self-contained HTML statement (no scripts, no external resources) that Chromium prints to PDF. */
export function statementHtml({ statement: s, lines }: Statement, locale: ExportLocale): string {
  const l = statementLabels[locale];
  const money = (p: number) => `${bdi(piastersToPounds(p))} ${l.currency}`;
  const name = locale === 'ar' ? s.pharmacyNameAr ?? s.pharmacyNameEn ?? s.pharmacyId : s.pharmacyNameEn ?? s.pharmacyId;
  const c = l.columns;
  const rows = lines.map((line) => `<tr><td>${bdi(cairoDate.format(line.occurredAt))}</td><td>${escape(l.kind[line.kind] ?? line.kind)}</td>
    <td>${bdi(line.prescriptionId)}</td><td>${money(line.benefit)}</td><td>${money(line.walletCopay)}</td><td>${money(line.commission)}</td>
    <td>${money(line.adjustment)}</td><td>${money(line.net)}</td></tr>`).join('');
  const totals = (Object.keys(l.totals) as (keyof typeof l.totals)[])
    .map((k) => `<tr><th>${escape(l.totals[k])}</th><td>${money(s.totals[k])}</td></tr>`).join('');
  return `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escape(l.title)}</title>
<style>body{font-family:'Noto Naskh Arabic','Noto Sans Arabic','Noto Sans',sans-serif;font-size:11px;margin:24px}
table{border-collapse:collapse;width:100%;margin-top:12px}th,td{border:1px solid #999;padding:4px;text-align:start}h1{font-size:18px}</style></head>
<body><h1>${escape(l.title)}</h1>
<p>${escape(l.pharmacy)}: ${locale === 'ar' ? escape(name) : bdi(name)}<br>${escape(l.period)}: ${bdi(s.periodStart)} – ${bdi(s.periodEnd)}<br>
${escape(l.status)}: ${escape(l.statusNames[s.status] ?? s.status)}<br>${escape(l.statementId)}: ${bdi(s.id)}${s.payoutReference ? `<br>${escape(l.payout)}: ${bdi(s.payoutReference)}` : ''}</p>
<table><thead><tr><th>${c.occurredAt}</th><th>${c.kind}</th><th>${c.prescriptionId}</th><th>${c.benefit}</th><th>${c.walletCopay}</th><th>${c.commission}</th>
<th>${c.adjustment}</th><th>${c.net}</th></tr></thead><tbody>${rows}</tbody></table>
<table>${totals}</table><p>${escape(l.generated)}</p></body></html>`;
}
