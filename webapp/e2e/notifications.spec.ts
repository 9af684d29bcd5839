import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Notifications: the office writes to a coordinator through the API; the coordinator sees the bell's
// unread count, opens the inbox, follows the notification to its record (which marks it read), and
// changes where that kind of notification goes on the preferences page.

test.describe.configure({ mode: 'serial' });

const word = `tb${randomWord()}`;
const title = `Nhắc hạn nộp hồ sơ Hội thi Sáng tạo ${word}`;

test('the bell counts unread notifications and the inbox opens their record', async ({ page }) => {
  await json(
    await apiAs('staff', '/api/v1/notification-messages', {
      method: 'POST',
      body: { usernames: ['coordinator2'], title, body: 'Hạn cuối là ngày 15/3.', link: '/contests' },
    }),
    'office message',
  );
  // a second one stays unread after the first is opened, so that "mark all read" has something to do
  await json(
    await apiAs('staff', '/api/v1/notification-messages', {
      method: 'POST',
      body: {
        usernames: ['coordinator2'],
        title: 'Nhắc lần hai: hồ sơ Hội thi Sáng tạo',
        body: 'Nhắc lần hai.',
      },
    }),
    'second office message',
  );
  await page.goto('/notifications');
  await loginOnKeycloak(page, 'coordinator2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo');
  const bell = page.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ });
  await expect(bell).toBeVisible();
  await expect(bell).not.toHaveAccessibleName('Thông báo: 0 chưa đọc');
  const item = page.getByTestId('inbox-item').filter({ hasText: word });
  await expect(item).toHaveAttribute('data-read', 'false');
  await expectAccessible(page, 'inbox');

  await item.getByRole('link', { name: new RegExp(word) }).click();
  await expect(page).toHaveURL(/\/contests$/);
  await page.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId('inbox-item').filter({ hasText: word })).toHaveAttribute('data-read', 'true');

  await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await expect(page.getByRole('link', { name: 'Thông báo: 0 chưa đọc' })).toBeVisible();
  await expect(page.getByTestId('inbox-unread')).toHaveText('0 chưa đọc');
});

test('a preference changes where a kind goes', async ({ page }) => {
  await page.goto('/notifications/preferences');
  await loginOnKeycloak(page, 'coordinator2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt nhận thông báo');
  const channel = page.getByRole('combobox', { name: 'Nhận thông báo “Tin nhắn của văn phòng” qua' });
  await expect(channel).toHaveValue('Ứng dụng và thư điện tử');
  await expectAccessible(page, 'notification preferences');
  await channel.click();
  await page.getByRole('option', { name: 'Chỉ trong ứng dụng' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu cài đặt nhận thông báo.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('combobox', { name: 'Nhận thông báo “Tin nhắn của văn phòng” qua' }),
  ).toHaveValue('Chỉ trong ứng dụng');
  // the API says the same, and the next message reaches the inbox only
  const prefs = await json<{ items: { kind: string; channel: string }[] }>(
    await apiAs('coordinator2', '/api/v1/me/notification-preferences'),
    'preferences',
  );
  expect(prefs.items.find((p) => p.kind === 'system-message')?.channel).toBe('in_app');

  // back to the default for other runs
  await page.getByRole('combobox', { name: 'Nhận thông báo “Tin nhắn của văn phòng” qua' }).click();
  await page.getByRole('option', { name: 'Ứng dụng và thư điện tử' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu cài đặt nhận thông báo.').first()).toBeVisible();
});
