/** Arabic-Indic and Persian digits and the Arabic separators to ASCII: the domain's rule (one home). */
export { toAsciiNumerals as toAsciiDigits } from '@healthpay/domain';
