/**
 * The policy of a stored document opened inline (/api/documents/{id}): sandboxed (no scripts, no same-origin
 * access, no forms), nothing loaded but the document itself. The portals' proxies send it instead of the page
 * policy on that path, so both layers agree whichever header wins.
 */
export const DOCUMENT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export const isDocumentPath = (pathname: string): boolean => pathname.startsWith('/api/documents/');
