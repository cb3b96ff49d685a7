import { html, type SafeHtml } from '../http/html';
import { PAYMOB_TEST_CARD_LIST } from './test-cards';
import type { Intention, PaymobTransaction } from './types';

export const egp = (piasters: number) => `EGP ${(piasters / 100).toFixed(2)}`;

export interface CheckoutFormState {
  error?: string;
  cardholder?: string;
  expiry?: string;
  phone?: string;
}

function summary(intention: Intention): SafeHtml {
  return html`<h1>Paymob checkout <span lang="ar" dir="rtl">الدفع</span></h1>
<p>Amount: <strong>${egp(intention.amount)}</strong> · Order ${intention.orderId}${intention.specialReference ? html` · Reference ${intention.specialReference}` : ''}</p>
${intention.items.length > 0 ? html`<ul>${intention.items.map((i) => html`<li>${i.name} × ${i.quantity}: ${egp(i.amount * i.quantity)}</li>`)}</ul>` : ''}`;
}

function testCards(): SafeHtml {
  return html`<h2>Test cards</h2><table><thead><tr><th scope="col">Number</th><th scope="col">Result</th></tr></thead>
<tbody>${PAYMOB_TEST_CARD_LIST.map((c) => html`<tr><td><code>${c.number}</code></td><td>${c.outcome}</td></tr>`)}</tbody></table>
<p>Any expiry in MM/YY, any 3-digit CVV. Any other card number is declined.</p>`;
}

/** The hosted checkout: a card form, a wallet form and the test cards. Works without JavaScript. */
export function checkoutPage(intention: Intention, publicKey: string, state: CheckoutFormState = {}): SafeHtml {
  const hidden = html`<input type="hidden" name="publicKey" value="${publicKey}"><input type="hidden" name="clientSecret" value="${intention.clientSecret}">`;
  return html`${summary(intention)}
${state.error ? html`<p class="error" role="alert">${state.error}</p>` : ''}
<form method="post" action="/unifiedcheckout/pay">${hidden}<input type="hidden" name="method" value="card">
<fieldset><legend>Pay by card</legend>
<label for="card_number">Card number</label><input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" required>
<label for="expiry">Expiry (MM/YY)</label><input id="expiry" name="expiry" placeholder="12/30" autocomplete="cc-exp" value="${state.expiry ?? ''}" required>
<label for="cvv">CVV</label><input id="cvv" name="cvv" inputmode="numeric" autocomplete="cc-csc" required>
<label for="cardholder">Name on card</label><input id="cardholder" name="cardholder" autocomplete="cc-name" value="${state.cardholder ?? ''}" required>
<button type="submit">Pay ${egp(intention.amount)}</button></fieldset></form>
<form method="post" action="/unifiedcheckout/pay">${hidden}<input type="hidden" name="method" value="wallet">
<fieldset><legend>Pay by mobile wallet (Vodafone Cash-like)</legend>
<label for="phone">Wallet mobile number</label><input id="phone" name="phone" inputmode="tel" autocomplete="tel" value="${state.phone ?? ''}" required>
<button type="submit">Pay with wallet</button></fieldset></form>
${testCards()}`;
}

export function threeDsPage(token: string): SafeHtml {
  return html`<h1>3-D Secure authentication <span lang="ar" dir="rtl">التحقق من البطاقة</span></h1>
<p>Your bank asks you to confirm this payment.</p>
<form method="post" action="/unifiedcheckout/3ds"><input type="hidden" name="token" value="${token}">
<button type="submit">Complete authentication</button></form>`;
}

/** Shown when the intention has no redirection_url. */
export function resultPage(tx: PaymobTransaction): SafeHtml {
  const ok = tx.success;
  return html`<h1>${ok ? 'Payment approved' : 'Payment failed'}</h1>
<p class="${ok ? 'ok' : 'error'}">${tx.data.message}</p><p>Transaction ${tx.id} · ${egp(tx.amount_cents)}</p>`;
}
