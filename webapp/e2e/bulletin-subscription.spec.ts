import { expect, test } from '@playwright/test';
import { randomWord } from './support/data';
import { expectAccessible } from './support/fixtures';
import { awaitMailMatch } from './support/mail';

// The bulletin by e-mail (issue 17): an anonymous visitor leaves an address under the public archive and is
// told that a confirmation mail is on its way — the same words whether or not the address is known, so the
// page cannot be used to learn who subscribed. The confirmation mail is read from the test mail server over IMAP
// and its links are followed: they land on pages that do the POST. A wrong or missing code is said plainly.

const address = `doc.gia.${randomWord()}@example.vn`;

test('an anonymous visitor subscribes to the bulletin from the public archive', async ({ page }) => {
  await page.goto('/bulletins');
  const form = page.getByTestId('bulletin-subscription');
  await expect(form.getByRole('heading', { name: 'Nhận Tập san qua thư điện tử' })).toBeVisible();
  await expectAccessible(page, 'bulletin archive with the subscription form');

  // a wrong address is caught before anything is sent, on the field itself
  await form.getByLabel('Địa chỉ thư điện tử').fill('khong-phai-email');
  await form.getByTestId('subscribe').click();
  await expect(form.getByText('Địa chỉ thư điện tử không hợp lệ')).toBeVisible();
  await expect(form.getByLabel('Địa chỉ thư điện tử')).toBeFocused();

  await form.getByLabel('Địa chỉ thư điện tử').fill(address);
  await form.getByTestId('subscribe').click();
  const accepted = form.getByTestId('subscription-accepted');
  await expect(accepted).toContainText('thư xác nhận');
  const first = await accepted.textContent();

  // the same address again, from a fresh page: word for word the same answer
  await page.reload();
  await form.getByLabel('Địa chỉ thư điện tử').fill(address.toUpperCase());
  await form.getByTestId('subscribe').click();
  await expect(form.getByTestId('subscription-accepted')).toHaveText(first ?? '');

  // the newest confirmation mail (the second sign-up replaced the first link): its link confirms
  const confirm = await awaitMailMatch(address, /\/bulletin-subscription\/confirm\?token=[A-Za-z0-9_-]+/, 2);
  const unsubscribe = await awaitMailMatch(
    address,
    /\/bulletin-subscription\/unsubscribe\?token=[A-Za-z0-9_-]+/,
    2,
  );
  await page.goto(confirm[0]);
  await expect(page.getByRole('heading', { name: 'Xác nhận đăng ký nhận Tập san' })).toBeVisible();
  await expect(page.getByTestId('subscription-confirm-done')).toContainText('Đăng ký đã được xác nhận');
  await expectAccessible(page, 'subscription confirmed');
  // a link works once
  await page.reload();
  await expect(page.getByTestId('problem')).toBeVisible();

  // the unsubscribe link of the same mail ends it
  await page.goto(unsubscribe[0]);
  await expect(page.getByRole('heading', { name: 'Hủy nhận Tập san' })).toBeVisible();
  await expect(page.getByTestId('subscription-unsubscribe-done')).toContainText('Bạn đã hủy nhận Tập san');
});

test('the landing pages of the mail links say plainly when a link is wrong', async ({ page }) => {
  await page.goto('/bulletin-subscription/confirm?token=ma-khong-ton-tai');
  await expect(page.getByRole('heading', { name: 'Xác nhận đăng ký nhận Tập san' })).toBeVisible();
  await expect(page.getByTestId('problem')).toBeVisible();
  await expectAccessible(page, 'confirmation landing page');

  await page.goto('/bulletin-subscription/unsubscribe');
  await expect(page.getByRole('heading', { name: 'Hủy nhận Tập san' })).toBeVisible();
  await expect(page.getByTestId('subscription-link-missing')).toBeVisible();
  await page.getByRole('link', { name: 'Về kho Tập san' }).click();
  await expect(page).toHaveURL(/\/bulletins$/);
});
