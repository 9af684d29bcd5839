import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Contrast that axe could not decide ("needs review") is where unreadable text hides: a badge whose text has the
 * badge's own colour (1:1) passed every check. So each such element is measured here the way a reader meets it:
 * its text colour against the background painted behind it (semi-transparent layers composed up to the page).
 * Below WCAG AA (4.5:1, or 3:1 for large text) it fails; where no plain colour lies behind the text (an image
 * or a gradient), it fails too unless a person has looked at it and justified it here, by a part of its target or
 * of its HTML, with the reason.
 */
const REVIEWED_CONTRAST: readonly { target: string; reason: string }[] = [];

interface Measured {
  target: string;
  ratio: number | null;
  required: number;
  colours: string;
  text: string;
}

/** Runs in the page: WCAG contrast of each element's text against the colour composed behind it. */
function measureContrast(selectors: string[]): Measured[] {
  const parse = (c: string): number[] | null => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const p = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const over = (top: number[], under: number[]) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
  };
  return selectors.map((selector) => {
    const el = document.querySelector(selector);
    if (!el) return { target: selector, ratio: null, required: 4.5, colours: 'gone', text: '' };
    const style = getComputedStyle(el);
    const isSvgText = el instanceof SVGElement;
    let fg = parse(isSvgText && style.fill.startsWith('rgb') ? style.fill : style.color);
    // Layers from the element up to the page, nearest first; an image or gradient makes it undecidable.
    const layers: number[][] = [];
    let undecidable = false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.backgroundImage && s.backgroundImage !== 'none') undecidable = true;
      const bg = parse(s.backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] >= 1) break;
    }
    let behind = [255, 255, 255, 1];
    for (const layer of layers.reverse()) behind = over(layer, behind);
    if (fg && fg[3] < 1) fg = over(fg, behind);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const ratio =
      fg && !undecidable
        ? (Math.max(luminance(fg), luminance(behind)) + 0.05) /
          (Math.min(luminance(fg), luminance(behind)) + 0.05)
        : null;
    return {
      target: selector,
      ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
      required,
      colours: `${fg ? `rgb(${fg.slice(0, 3).map(Math.round).join(',')})` : '?'} on rgb(${behind.slice(0, 3).map(Math.round).join(',')})`,
      text: (el.textContent ?? '').trim().slice(0, 60),
    };
  });
}

/**
 * axe-core on the current page: no serious or critical violation, and every text whose contrast axe could not
 * decide measured readable (or reviewed in REVIEWED_CONTRAST).
 */
export async function expectAccessible(page: Page, label: string, again = true): Promise<void> {
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
    .flatMap((r) => r.nodes)
    .filter(
      (n) =>
        !REVIEWED_CONTRAST.some((r) => n.target.join(' ').includes(r.target) || n.html.includes(r.target)),
    )
    .map((n) => n.target.map(String).join(' '));
  const measured = undecided.length === 0 ? [] : await page.evaluate(measureContrast, undecided);
  // a text that was gone by the time it was measured (a loader, a fading message): the page changed under the
  // check, so check the settled page once more rather than judge what is no longer there
  if (again && measured.some((m) => m.colours === 'gone')) {
    await page.waitForTimeout(500);
    return expectAccessible(page, label, false);
  }
  const unreadable = measured.filter((m) => m.ratio === null || m.ratio < m.required);
  expect(
    unreadable,
    `text axe could not check, measured unreadable or undecidable on ${label} (${page.url()})`,
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
