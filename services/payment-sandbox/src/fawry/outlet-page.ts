import { html, type SafeHtml } from '../http/html';
import type { Charge } from './types';

const egp = (piasters: number) => `EGP ${(piasters / 100).toFixed(2)}`;

const STATUS_TEXT: Record<Charge['status'], string> = {
  UNPAID: 'Unpaid: can be paid now.',
  PAID: 'Paid.',
  EXPIRED: 'This reference number has expired and cannot be paid.',
  REFUNDED: 'Paid, then refunded.',
  PARTIAL_REFUNDED: 'Paid, then partially refunded.',
  CANCELED: 'Cancelled by the merchant: it cannot be paid.',
};

function lookupForm(value: string): SafeHtml {
  return html`<form method="get" action="/outlet"><label for="referenceNumber">Fawry reference number</label>
<input id="referenceNumber" name="referenceNumber" inputmode="numeric" value="${value}" required><button type="submit">Look up</button></form>`;
}

function details(c: Charge, merchantCode: string): SafeHtml {
  return html`<table><tbody>
<tr><th scope="row">Merchant</th><td>HealthPay sandbox merchant (${merchantCode})</td></tr>
<tr><th scope="row">Merchant reference</th><td>${c.merchantRefNum}</td></tr>
<tr><th scope="row">Amount</th><td>${egp(c.amount)}</td></tr>
<tr><th scope="row">Expires</th><td><time datetime="${new Date(c.expiresAt).toISOString()}">${new Date(c.expiresAt).toISOString()}</time></td></tr>
<tr><th scope="row">Status</th><td class="${c.status === 'EXPIRED' || c.status === 'CANCELED' ? 'error' : 'ok'}">${c.status}: ${STATUS_TEXT[c.status]}</td></tr>
</tbody></table>
${c.status === 'UNPAID' ? html`<form method="post" action="/outlet/pay"><input type="hidden" name="referenceNumber" value="${c.referenceNumber}"><button type="submit">Pay at outlet</button></form>` : ''}`;
}

/** The cashier's screen at a Fawry outlet: look a reference number up, then take the cash. */
export function outletPage(o: { reference: string; charge?: Charge | undefined; merchantCode: string; notice?: string | undefined }): SafeHtml {
  return html`<h1>Fawry outlet <span lang="ar" dir="rtl">منفذ فوري</span></h1>
${o.notice ? html`<p class="ok" role="status">${o.notice}</p>` : ''}
${lookupForm(o.reference)}
${o.reference && !o.charge ? html`<p class="error" role="alert">No order has reference number ${o.reference}.</p>` : ''}
${o.charge ? details(o.charge, o.merchantCode) : ''}`;
}
