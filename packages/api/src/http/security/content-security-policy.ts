export interface CspOptions {
  /** This request's nonce: Next.js puts it on its own scripts when it finds it in the request's CSP. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with eval. */
  dev: boolean;
  /** Behind TLS: ask the browser to fetch any http: subresource over https. */
  production: boolean;
}

/**
 * The portals' Content-Security-Policy. Scripts run only with this request's nonce; 'strict-dynamic' lets
 * those scripts load Next's chunks, and makes browsers ignore the 'self' fallback meant for older ones.
 */
export function contentSecurityPolicy({ nonce, dev, production }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline' for styles: server-rendered style="" attributes (progress bars, charts) and the toaster's
    // runtime <style> cannot carry a nonce, and a nonce in style-src would switch 'unsafe-inline' off.
    // CSS cannot run script; scripts stay nonce-only.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ...(production ? [['upgrade-insecure-requests'] as [string]] : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
