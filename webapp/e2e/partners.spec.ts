import { expect, test } from '@playwright/test';
import { publishedIssue, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Partner unions (Liên hiệp hội tỉnh bạn): the admin registers a partner with a webhook URL, sees its
// signing secret once, then an issue is published (through the API) and the partner's delivery log
// shows the webhook with its failed attempts (nothing listens on port 9), which can be sent again.
// Issues are one a month and numbered uniquely: a random far-future month and number.

const word = `lh${randomWord()}`;
const partnerName = `Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh ${word}`;
test('the admin registers a partner, sees its secret once, and redelivers a failed webhook', async ({
  page,
}) => {
  await page.goto('/partners');
  await loginOnKeycloak(page, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hiệp hội tỉnh bạn');
  await expect(page.getByTestId('partner-table').or(page.getByTestId('empty'))).toBeVisible();
  await expectAccessible(page, 'partner list');

  // Registration: a webhook URL on which nothing listens.
  await page.getByTestId('create-partner').click();
  await expect(page).toHaveURL(/\/partners\/new$/);
  await page.getByTestId('save-partner').click();
  await expect(page.getByTestId('form-invalid')).toBeVisible();
  await expect(page.getByTestId('partner-name')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('partner-name').fill(partnerName);
  await page.getByTestId('partner-province').fill('Hà Tĩnh');
  await page.getByTestId('partner-contactPerson').fill('Nguyễn Thị Hà');
  await page.getByTestId('partner-contactEmail').fill('lienhiephoi@hatinh.example.vn');
  await page.getByTestId('partner-webhookEnabled').check();
  await page.getByTestId('partner-webhookUrl').fill('http://localhost:9/hook');
  await expectAccessible(page, 'new partner form');
  await page.getByTestId('save-partner').click();

  // The secret, once, with a copy button and the warning.
  const dialog = page.getByRole('dialog', { name: 'Khóa ký webhook' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('webhook-secret')).toHaveText(/^whsec_\S+$/);
  await expect(page.getByTestId('secret-once')).toContainText('sẽ không được hiển thị lại');
  await expect(page.getByTestId('copy-secret')).toBeVisible();
  await expectAccessible(page, 'webhook secret dialog');
  await page.getByTestId('secret-done').click();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('partner-title')).toHaveText(partnerName);
  await expect(page.getByTestId('partner-webhook-url')).toHaveText('http://localhost:9/hook');
  await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
  await expect(page.getByText(/whsec_/)).toHaveCount(0);
  await expectAccessible(page, 'partner detail');

  // Publishing an issue sends the partner a webhook; nothing answers, so its attempts fail.
  await publishedIssue(`Tập san gửi tỉnh bạn ${word}`, 4000);
  await page.getByTestId('open-deliveries').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhật ký gửi webhook');
  const delivery = page.getByTestId('delivery').first();
  await expect(async () => {
    await page.getByTestId('refresh-deliveries').click();
    await expect(delivery.locator('[data-testid="attempt"][data-ok="false"]').first()).toBeVisible({
      timeout: 2000,
    });
  }).toPass({ timeout: 45_000 });
  await expect(delivery.getByTestId('delivery-event')).toHaveText('Phát hành số mới');
  await expect(delivery.getByTestId('attempt-outcome').first()).toContainText('Lỗi');
  await expectAccessible(page, 'delivery log');

  // Sent again on request.
  await delivery.getByTestId('redeliver').click();
  await expect(page.getByText('Đã xếp lịch gửi lại.')).toBeVisible();
  await expect(delivery).toContainText('Yêu cầu gửi lại lúc');

  // The public list of partners' bulletins is in the navigation.
  await page.getByRole('link', { name: 'Tập san từ các tỉnh bạn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tập san từ các tỉnh bạn');
  await expect(page.getByTestId('partner-bulletin').first().or(page.getByTestId('empty'))).toBeVisible();
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  await expectAccessible(page, 'partner bulletins');
});
