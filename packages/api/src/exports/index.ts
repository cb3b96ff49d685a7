export { CSV_BOM, csvCell, csvLine } from './csv';
export { cairoDateTime, claimCsvLine, claimsCsv, claimsCsvHeader, type ClaimPageFetcher, type ClaimsCsvLabels } from './claims-csv';
