/*
 * Egyptian mobile numbers: the domain's rule, the same one the API's schemas apply (0…, +20…, 0020…, 20…,
 * separators, Arabic-Indic digits; only the NTRA mobile ranges 10, 11, 12, 15).
 */
export { formatEgyptianMobile, parseEgyptianMobile as normalizeEgyptianMobile } from '@healthpay/domain';
