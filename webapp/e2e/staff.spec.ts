import { expect, test } from '@playwright/test';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

test('staff logs in through Keycloak, creates an association and edits it', async ({ page }) => {
  const name = `Hội Kỹ thuật Đường bộ thử nghiệm ${Date.now().toString(36)}`;

  // A signed-in page sends the visitor to Keycloak and brings them back to the same URL.
  await page.goto('/associations?sort=-memberCount');
  await loginOnKeycloak(page, 'staff');
  await expect(page).toHaveURL(/\/associations\?sort=-memberCount$/);
  await expect(page.getByTestId('username')).toHaveText('staff');
  await expect(page.getByTestId('association-row').first()).toBeVisible();
  await expectAccessible(page, 'association list');

  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan');
  await expect(page.getByTestId('bar-chart')).toBeVisible();
  await expectAccessible(page, 'dashboard');

  await page.getByRole('link', { name: 'Hội thành viên', exact: true }).click();
  await page.getByTestId('create-association').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thêm hội thành viên');
  await expectAccessible(page, 'create form');

  // Client-side validation mirrors the API.
  await page.getByTestId('save').click();
  await expect(page.getByTestId('form-invalid')).toBeVisible();
  await expect(page.getByText('Không được để trống').first()).toBeVisible();
  await page.getByLabel('Trang web').fill('khong-phai-url');
  await page.getByTestId('save').click();
  await expect(page.getByText('Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://')).toBeVisible();
  await expectAccessible(page, 'create form with errors');

  await page.getByLabel('Tên hội').fill(name);
  await page.getByLabel('Lĩnh vực').fill('Giao thông vận tải');
  await page.getByLabel('Số hội viên').fill('321');
  await page.getByLabel('Trang web').fill('https://hoiduongbo.example.vn');
  await page.getByTestId('save').click();

  await expect(page.getByTestId('association-name')).toHaveText(name);
  await expect(page.getByTestId('member-count')).toHaveText('321');
  await expectAccessible(page, 'association detail (staff)');

  await page.getByTestId('edit-association').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa thông tin hội');
  await expectAccessible(page, 'edit form');
  await page.getByLabel('Số hội viên').fill('1500');
  await page.getByLabel('Giới thiệu').fill('Hội nghề nghiệp của kỹ sư đường bộ.');
  await page.getByTestId('save').click();

  await expect(page.getByTestId('association-name')).toHaveText(name);
  await expect(page.getByTestId('member-count')).toHaveText('1.500');
  await expect(page.getByTestId('description')).toHaveText('Hội nghề nghiệp của kỹ sư đường bộ.');

  // A server-side rule (unique name) comes back as a field error next to the field.
  await page.goto('/associations/new');
  await page.getByLabel('Tên hội').fill(name);
  await page.getByLabel('Lĩnh vực').fill('Giao thông vận tải');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('problem')).toBeVisible();
  await expectAccessible(page, 'create form with an API problem');
});
