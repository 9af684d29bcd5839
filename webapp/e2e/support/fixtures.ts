import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** axe-core on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Legacy mode runs axe in the page itself instead of opening a second page to merge frame results:
  // the SPA has no cross-origin frames to check, and each check is a second or two faster.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  expect(bad, `accessibility violations on ${label} (${page.url()})`).toEqual([]);
}

/** Logs in on Keycloak's own login page (the SPA has sent the browser there). */
export async function loginOnKeycloak(page: Page, username: string): Promise<void> {
  await page.waitForURL(/\/realms\/lhh\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  const appOrigin = `http://localhost:${process.env.LHH_E2E_PORT ?? 4173}`;
  await page.waitForURL((url) => url.origin === appOrigin && !url.pathname.startsWith('/auth/callback'));
}

/**
 * Types a date into one of the SPA's date pickers as a person would (dd/MM/yyyy), leaves the field (the
 * calendar closes) and checks what it shows. iso: "YYYY-MM-DD".
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  const shown = `${d}/${m}/${y}`;
  await field.fill(shown);
  await field.press('Tab');
  await expect(field).toHaveValue(shown);
}
