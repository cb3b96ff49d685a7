/**
 * CSV as Excel opens it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark first (without it Excel
 * reads the file as the Windows code page and Arabic comes out as mojibake).
 */
export const CSV_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)` in a patient's name
 * would run on the pharmacist's machine); tab and carriage return are on OWASP's list too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that could be a formula gets a leading `'` (shown as text); quoted when it holds `"`, `,` or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export const csvLine = (cells: readonly (string | number | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`;
