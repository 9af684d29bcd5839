import { expect, test } from '@playwright/test';
import { env, withoutAccents } from './support/env';
import { expectAccessible } from './support/fixtures';

test('the public directory finds an association with diacritics from an accent-free query', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hiệp các hội Khoa học và Kỹ thuật');
  await expectAccessible(page, 'home');

  await page.getByRole('link', { name: 'Xem danh bạ hội thành viên' }).click();
  await expect(page).toHaveURL(/\/directory$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ hội thành viên');
  await expect(page.getByTestId('directory-item').first()).toBeVisible();
  await expectAccessible(page, 'directory');

  const query = withoutAccents(env.own.name);
  expect(query).not.toBe(env.own.name);
  await page.getByLabel('Tìm hội').fill(query);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, '(\\+|%20)')}`));
  const hit = page.getByTestId('directory-item').filter({ hasText: env.own.name });
  await expect(hit).toBeVisible();
  await expect(page.getByTestId('directory-item')).toHaveCount(1);

  await hit.getByRole('link', { name: env.own.name }).click();
  await expect(page.getByTestId('association-name')).toHaveText(env.own.name);
  // Anonymous visitors never see the edit button.
  await expect(page.getByTestId('edit-association')).toHaveCount(0);
  await expectAccessible(page, 'association detail (public)');

  // Back returns to the search result (the query lives in the URL).
  await page.goBack();
  await expect(page.getByLabel('Tìm hội')).toHaveValue(query);
  await expect(page.getByTestId('directory-item').filter({ hasText: env.own.name })).toBeVisible();
});
