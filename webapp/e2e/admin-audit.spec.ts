import { expect, test } from '@playwright/test';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

test('the admin reads the audit log, filtered by record', async ({ page }) => {
  await page.goto(`/audit?entityId=${env.own.id}`);
  await loginOnKeycloak(page, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhật ký thay đổi');
  const rows = page.getByTestId('audit-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // The set-up created the association: its "create" event is there, by staff.
  await expect(rows.filter({ hasText: 'Tạo' }).filter({ hasText: 'staff' })).toHaveCount(1);
  await rows.filter({ hasText: 'Tạo' }).getByRole('button', { name: 'Xem' }).click();
  await expect(page.getByText(env.own.name).first()).toBeVisible();
  await expectAccessible(page, 'audit log');
});

test('non-admins do not see the audit log', async ({ page }) => {
  await page.goto('/audit');
  await loginOnKeycloak(page, 'officer2');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nhật ký thay đổi' })).toHaveCount(0);
  await expectAccessible(page, 'audit log (forbidden)');
});

test('the public pages work on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/directory');
  await expect(page.getByTestId('directory-item').first()).toBeVisible();
  await expectAccessible(page, 'directory (phone)');
  // The navigation sits behind the menu button.
  await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
  // On a phone only the menu's current section is open (here the associations'); the others unfold on demand.
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(menu.getByRole('link', { name: 'Danh bạ hội' })).toBeVisible();
  await page.getByRole('button', { name: 'Chung' }).click();
  await menu.getByRole('link', { name: 'Trang chủ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hiệp các hội Khoa học và Kỹ thuật');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(overflow, 'no horizontal scrolling on a phone').toBe(false);
});
