import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * axe's color-contrast results that it could not decide ("incomplete", needs review) and that a person has
 * looked at on the screen: each with the element it concerns (a substring of axe's target selector or of the
 * element's HTML) and why its contrast is fine. Anything else axe cannot decide fails the check: that is
 * how text drawn in its own background colour (the expert directory's field badges, issue #23) passed.
 */
export const REVIEWED_CONTRAST: readonly { target: string; reason: string }[] = [
  {
    target: 'mantine-Indicator-indicator',
    reason:
      "the header bell's unread count: white text on red.9 (#c92a2a), 5.4:1; axe cannot see the badge's background through its pseudo element",
  },
];

type AxeNode = { target: unknown[]; html: string; any: { message: string }[] };

function reviewed(node: AxeNode): boolean {
  const target = node.target.map(String).join(' ');
  return REVIEWED_CONTRAST.some((r) => target.includes(r.target) || node.html.includes(r.target));
}

/**
 * axe-core on the current page: no serious or critical violation, and no color-contrast result that axe
 * could not decide unless it is in REVIEWED_CONTRAST.
 */
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
  const undecided = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes as AxeNode[])
    .filter((n) => !reviewed(n))
    .slice(0, 10)
    .map((n) => ({
      target: n.target.map(String).join(' '),
      why: n.any.map((a) => a.message).join(' '),
      html: n.html.slice(0, 160),
    }));
  expect(
    undecided,
    `color contrast axe could not decide on ${label} (${page.url()}): fix it, or justify it in REVIEWED_CONTRAST`,
  ).toEqual([]);
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
