// The Content Security Policy the widget is tested under (README: "Strict pages").
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

// <wallet-faq structured-data> writes JSON-LD into a <script>, which Trusted Types allows only
// through a named policy: pages that use it add the policy "wallet-help" (JSON text only).
export const STRICT_CSP_WITH_STRUCTURED_DATA = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html wallet-help');
