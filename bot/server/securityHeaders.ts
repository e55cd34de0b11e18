/**
 * The hosts that may frame the tab (Microsoft Learn, "Tab requirements"): Microsoft 365's
 * `*.cloud.microsoft`, where Teams on the web is moving, beside Teams' own hosts, which stay during
 * the move; Outlook and the Microsoft 365 app. `'self'` lets the service's own pages hold the tab.
 */
export const tabFrameAncestors = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
] as const;

/**
 * What the tab's page may load: its own scripts, styles and API only. Fluent UI writes its styles
 * into `<style>` elements at run time, hence `'unsafe-inline'` for styles (never for scripts).
 * teams-js asks Microsoft's CDN for the current list of Teams host origins as it initialises
 * (`validOriginsCdnEndpoint` in its constants) and falls back to the list it ships with, so that one
 * address is allowed to keep the list current.
 */
export const tabContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${tabFrameAncestors.join(' ')}`,
].join('; ');

/** Anything else (JSON, health) is never a page: it loads nothing and is framed by nobody. */
const otherContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** Headers a security review asks of every answer; HSTS only where the service is reached over HTTPS. */
export function securityHeaders(path: string, mode: 'local' | 'production'): Record<string, string> {
  const isTab = path === '/tab' || path.startsWith('/tab/');
  return {
    'content-security-policy': isTab ? tabContentSecurityPolicy : otherContentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Production runs behind App Service's HTTPS front end (httpsOnly); local mode is plain HTTP.
    ...(mode === 'production' ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
