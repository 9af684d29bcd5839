import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

test('an association officer edits their own association and cannot edit another', async ({ page }) => {
  const description = `Cập nhật bởi cán bộ hội lúc ${new Date().toISOString()}`;

  // Straight to the edit page: login first, then back here.
  await page.goto(`/associations/${env.own.id}/edit`);
  await loginOnKeycloak(page, 'officer');
  await expect(page).toHaveURL(new RegExp(`/associations/${env.own.id}/edit$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa thông tin hội');
  // Officers cannot change the status: the field is not offered.
  await expect(page.getByLabel('Trạng thái')).toHaveCount(0);
  await expectAccessible(page, 'edit form (officer)');
  await page.getByLabel('Giới thiệu').fill(description);
  await page.getByTestId('save').click();
  await expect(page.getByTestId('association-name')).toHaveText(env.own.name);
  await expect(page.getByTestId('description')).toHaveText(description);
  await expect(page.getByTestId('edit-association')).toBeVisible();
  await expectAccessible(page, 'association detail (officer, own)');

  // Another association: readable, but no edit button.
  await page.goto(`/associations/${env.other.id}`);
  await expect(page.getByTestId('association-name')).toHaveText(env.other.name);
  await expect(page.getByTestId('edit-association')).toHaveCount(0);
  await expect(page.getByTestId('delete-association')).toHaveCount(0);
  await expectAccessible(page, 'association detail (officer, other)');

  // And a direct visit to its edit page shows the API's own 403 message.
  const forbidden = await apiAs('officer', `/api/v1/associations/${env.other.id}/officers`);
  expect(forbidden.status).toBe(403);
  const problem = (await forbidden.json()) as { title: string; detail: string };
  await page.goto(`/associations/${env.other.id}/edit`);
  const alert = page.getByTestId('problem');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-status', '403');
  await expect(alert).toContainText(problem.detail);
  await expect(page.getByTestId('save')).toHaveCount(0);
  await expectAccessible(page, 'edit page (403)');
});
