import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/fixtures';

test('switching to English and back is remembered after a reload', async ({ page }) => {
  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ hội thành viên');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Association directory');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Association directory');
  await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
  await expectAccessible(page, 'directory (English)');

  await page.getByTestId('language-switch').getByText('VI', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ hội thành viên');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ hội thành viên');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
