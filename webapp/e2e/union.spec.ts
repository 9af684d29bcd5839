import { expect, test } from '@playwright/test';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

/** A real 1×1 PNG (a blue pixel): what an admin would upload as the logo. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC',
  'base64',
);

interface UnionProfile {
  name: string;
  place: string;
  address?: string;
  phone?: string;
  email?: string;
}

async function profile(): Promise<UnionProfile> {
  const response = await fetch(`${env.apiUrl}/api/v1/union`);
  expect(response.ok).toBe(true);
  return (await response.json()) as UnionProfile;
}

test('a visitor sees whose site it is: the union with its province, its contacts, and the page in the tab title', async ({
  page,
}) => {
  const union = await profile();
  await page.goto('/directory');
  await expect(page.getByTestId('union-name')).toHaveText(`Liên hiệp các hội KH&KT ${union.place}`);
  const footer = page.getByTestId('union-footer');
  await expect(footer).toContainText(union.name);
  if (union.address) await expect(footer).toContainText(union.address);
  if (union.email)
    await expect(footer.getByRole('link', { name: union.email })).toHaveAttribute(
      'href',
      `mailto:${union.email}`,
    );
  if (union.phone)
    await expect(footer.getByRole('link', { name: union.phone })).toHaveAttribute('href', /^tel:\+?\d+$/);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(heading).not.toBe('');
  await expect(page).toHaveTitle(`${heading} · Liên hiệp các hội KH&KT ${union.place}`);
  await expectAccessible(page, 'directory with the union footer');

  // In English the name and the title follow the language.
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('union-name')).toHaveText(
    `${union.place} Union of Science and Technology Associations`,
  );
});

test('an admin uploads the logo, every visitor sees it in the header, and the admin removes it', async ({
  page,
  browser,
}) => {
  await page.goto('/admin/union');
  await loginOnKeycloak(page, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin liên hiệp hội');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('union-logo-input').click();
  await (await chooser).setFiles({ name: 'bieu-trung.png', mimeType: 'image/png', buffer: PNG });
  await page.getByTestId('union-logo-button').click();
  await expect(page.getByTestId('union-logo-remove')).toBeVisible();
  await expectAccessible(page, 'union settings');

  const visitor = await browser.newPage();
  await visitor.goto('/');
  const logo = visitor.getByTestId('union-logo');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
  await visitor.close();

  await page.getByTestId('union-logo-remove').click();
  await expect(page.getByTestId('union-logo-remove')).toHaveCount(0);
  await expect(page.getByTestId('union-logo')).toHaveCount(0);
});

test('the union settings are the admin’s only', async ({ page }) => {
  await page.goto('/admin/union');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thông tin liên hiệp hội' })).toHaveCount(0);
});
