import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The API reference built from the contract (scripts/build-api-docs.mjs) is served with the SPA at /docs/api,
// works under the SPA's Content-Security-Policy (serve.mjs sends the production one) and loads nothing from a
// CDN. It needs neither the API nor Keycloak.
const contract = readFileSync(new URL('../../openapi/openapi.yaml', import.meta.url), 'utf8');
const title = /^info:\n(?: .*\n)*? {2}title: (.+)$/m.exec(contract)?.[1]?.trim() ?? '';

test('the API reference at /docs/api shows the contract and its operations', async ({ page }) => {
  expect(title).toContain('LHH API');
  const refused: string[] = [];
  page.on('console', (m) => {
    // scripts only: the CSP also blocks Redoc's icon font (a data: URI) and its "API docs by" logo from
    // Redocly's CDN, which leaves the page working (and the site not calling out)
    if (m.type() === 'error' && /script/i.test(m.text()) && /Content Security Policy/i.test(m.text())) {
      refused.push(m.text());
    }
  });
  const foreign: string[] = [];
  page.on('request', (r) => {
    // Redoc's "API docs by Redocly" badge tries an image on Redocly's CDN (no option turns it off); the CSP
    // blocks it and its text shows instead. Nothing else may leave the site.
    const url = r.url();
    if (
      !url.startsWith('http://localhost') &&
      !url.startsWith('data:') &&
      !url.startsWith('https://cdn.redoc.ly/redoc/logo-')
    ) {
      foreign.push(url);
    }
  });

  await page.goto('/docs/api');
  await expect(page).toHaveURL(/\/docs\/api\/$/);
  await expect(page.getByRole('heading', { name: title }).first()).toBeVisible();
  // an operation of the contract, rendered by Redoc's script: the Account tag's getMe, within /docs/api
  await page.getByRole('link', { name: 'Account', exact: true }).first().click();
  await expect(page).toHaveURL(/\/docs\/api\//);
  await expect(
    page.getByText('Who am I: username, roles and the associations I act for').first(),
  ).toBeVisible();
  // a deep link to a page of the reference is the reference's, not the SPA's fallback
  const deepLink = page.url();
  await page.reload();
  expect(page.url()).toBe(deepLink);
  await expect(
    page.getByText('Who am I: username, roles and the associations I act for').first(),
  ).toBeVisible();
  expect(refused, 'scripts refused by the Content-Security-Policy').toEqual([]);
  expect(foreign, 'requests leaving the site').toEqual([]);
});
