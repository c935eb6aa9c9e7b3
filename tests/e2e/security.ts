// What every page must be served with, and a watch for anything the
// Content-Security-Policy blocks: a blocked script or style is a broken page for
// someone, so a single violation fails the test.
import { expect, type Page } from '@playwright/test';

/** Every violation on this page, across navigations, as it happens. */
export async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void })
        .__cspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}

/** `form`: the page asks for something (routes.ts formPages), so no cache may keep it. */
export function expectSecurityHeaders(
  headers: Record<string, string>,
  path: string,
  form: boolean,
): void {
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ])
    expect(csp, path).toContain(directive);
  expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(headers['referrer-policy'], path).toBe('no-referrer');
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['permissions-policy'], path).toContain('geolocation=()');
  expect(headers['permissions-policy'], path).toContain('camera=()');
  expect(headers['x-frame-options'], path).toBe('DENY');
  expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
  expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
  expect(headers['cache-control'], path).toBe(form ? 'private, no-store' : 'public, max-age=600');
}

/**
 * What a page loads (scripts, words, the search index, the icon) carries what
 * every response needs and none of the headers only a page acts on
 * (src/headers/policy.mjs says why).
 */
export function expectFileHeaders(headers: Record<string, string>, url: string): void {
  for (const name of [
    'content-security-policy',
    'permissions-policy',
    'x-frame-options',
    'cross-origin-opener-policy',
  ])
    expect(headers[name], `${url} ${name}`).toBeUndefined();
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('no-referrer');
}
