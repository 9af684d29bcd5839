import { expect, test } from '@playwright/test';
import { changeAssociation } from './support/api';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

test('a conflicting edit shows "changed by someone else" and reloads the latest version', async ({
  page,
}) => {
  await page.goto(`/associations/${env.own.id}/edit`);
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa thông tin hội');
  await expect(page.getByLabel('Tên hội')).toHaveValue(env.own.name);

  // Someone else saves the record while the form is open.
  const theirs = `Thay đổi của người khác ${Date.now()}`;
  await changeAssociation('admin', env.own.id, { description: theirs });

  await page.getByLabel('Giới thiệu').fill('Thay đổi của tôi');
  await page.getByTestId('save').click();

  const dialog = page.getByRole('dialog', { name: 'Đã bị người khác thay đổi' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'conflict dialog');

  await dialog.getByTestId('conflict-reload').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Giới thiệu')).toHaveValue(theirs);

  // Saving again now works on the latest version.
  await page.getByLabel('Giới thiệu').fill(`${theirs} + của tôi`);
  await page.getByTestId('save').click();
  await expect(page.getByTestId('description')).toHaveText(`${theirs} + của tôi`);
});
