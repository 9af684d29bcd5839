import { expect, test } from '@playwright/test';
import { env } from './support/env';

// Issue #9: the SPA server's security headers (the same as deploy/nginx/lhh-webapp.conf) and the SPA
// under its Content-Security-Policy; a clear message when the login server cannot be reached.

test('the SPA is served with its security headers and runs under its CSP without a violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  const response = await page.goto('/directory');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ hội thành viên');
  // the API's data arrived through connect-src
  await expect(page.getByRole('link').filter({ hasText: /Hội/ }).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('when Keycloak cannot be reached, a protected page says that login is impossible for now', async ({
  page,
}) => {
  await page.route(`${env.keycloakUrl}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/dashboard');
  const alert = page.getByTestId('login-unavailable');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Không kết nối được máy chủ đăng nhập');
  await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  // still on the SPA, not on a browser error page
  expect(new URL(page.url()).pathname).toBe('/dashboard');
});
