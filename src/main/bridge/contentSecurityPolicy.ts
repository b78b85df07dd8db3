// The Content-Security-Policy the app's pages run under, in Electron and in the browser bridge.

/** A strict policy: our own scripts and styles only, no eval, no plugins, no frames; `connect` adds the bridge socket. */
export function contentSecurityPolicy(connect?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${connect ? ' ' + connect : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
