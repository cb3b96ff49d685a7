import { toAsciiDigits } from '../egypt/digits';

/**
 * Pharmacy licence numbers (ترخيص مزاولة، issued by the Ministry of Health's pharmacy licensing offices) follow
 * no published national format: offices print digits with letters and separators, e.g. `12345/2019` or
 * `GZ-4471`. We accept 3–30 characters of A–Z, 0–9, `/` and `-` (upper-cased, Arabic-Indic digits made ASCII),
 * starting with a letter or digit, and compare them in that normal form, so `gz-4471` and `GZ-4471` are one licence.
 */
const LICENCE = /^[A-Z0-9][A-Z0-9/-]{2,29}$/;

/** Commercial registry numbers (السجل التجاري) are sequential per registry office: 1–10 digits. */
const COMMERCIAL_REGISTRATION = /^\d{1,10}$/;

export const MAX_PHARMACY_NAME = 120;
export const MAX_CITY = 80;
export const MAX_ADDRESS = 300;
export const MAX_REASON = 500;

export const normalizeLicenceNumber = (value: string): string => toAsciiDigits(value).trim().replace(/\s+/g, '').toUpperCase();
export const isLicenceNumber = (value: string): boolean => LICENCE.test(value);

export const normalizeCommercialRegistration = (value: string): string => toAsciiDigits(value).trim();
export const isCommercialRegistration = (value: string): boolean => COMMERCIAL_REGISTRATION.test(value);
