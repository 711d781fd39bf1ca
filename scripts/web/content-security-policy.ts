/**
 * The web app's Content-Security-Policy, one rule for `npm start` (scripts/web/serve.ts) and the
 * deployed stage (CloudFront, infra/constructs/web-hosting.ts): scripts, styles and everything
 * else from the app's own origin only (Vite emits files, no inline script or style), connections
 * only to the origins named (the API, the upload host, Cognito where the Hosted UI signs in), no
 * framing, no plugins, forms posting nowhere but the app.
 */
export function webContentSecurityPolicy(connectTo: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectTo].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
