export { isSealed, keyIdOf, needsSealing, open as openPii, parsePiiKeys, PiiCryptoError, seal as sealPii, type PiiKeyring } from './cipher';
export { maskStoredResponse, openEventData, PII_EVENT_FIELDS, resealEventData, sealEventData } from './event-fields';
export { hashNationalId, maskNationalId, openNationalId, piiKeyring, sealNationalId, storeNationalId, type StoredNationalId } from './national-id';
export { countUnrotated, rotatePii, type PiiRotationOptions, type PiiRotationReport } from './rotate';
