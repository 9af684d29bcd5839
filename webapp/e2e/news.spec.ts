import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { withoutAccents } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// News and announcements (tin tức, thông báo): the office writes a post in the rich-text editor (with a
// script slipped into its HTML), publishes it, and an anonymous visitor sees it on the public home page,
// reads it (the script never comes back) and finds it in the news list without accents. A pinned
// announcement made through the API shows above everything on the home page.

test.describe.configure({ mode: 'serial' });

const word = `tt${randomWord()}`;
const title = `Khai mạc Hội thi Sáng tạo kỹ thuật tỉnh lần thứ 15 ${word}`;
const summary = 'Hội thi năm nay có 120 mô hình của học sinh, sinh viên và kỹ sư trẻ.';
const announcement = `Thông báo nộp hồ sơ Giải thưởng Sáng tạo ${word}`;
let postId = '';

/** Waits until the success messages are gone: axe would measure them while they fade out. */
async function noToasts(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

test('staff write a post in the editor and publish it', async ({ page }) => {
  await page.goto('/news-board');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản lý tin tức');
  await expect(page.getByTestId('post-table').or(page.getByTestId('empty'))).toBeVisible();
  await expectAccessible(page, 'news desk');

  await page.getByTestId('create-post').click();
  await expect(page).toHaveURL(/\/news-board\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viết bài mới');
  await page.getByTestId('field-title').fill(title);
  await page.getByTestId('field-summary').fill(summary);
  const body = page.getByTestId('field-body');
  await body.click();
  await page.keyboard.type('Sáng nay, Liên hiệp hội khai mạc hội thi. ');
  await page.getByTestId('editor-bold').click();
  await page.keyboard.type('Ban tổ chức đã nhận 120 mô hình.');
  await expect(body.locator('b, strong')).toHaveText('Ban tổ chức đã nhận 120 mô hình.');
  await page.getByTestId('field-tags').fill('Hội thi, sáng tạo');
  await expectAccessible(page, 'post editor (new)');

  // Someone slips a script and an event handler into the HTML source: the API removes them.
  await page.getByTestId('editor-mode').getByText('Mã HTML').click();
  const source = page.getByTestId('field-body-source');
  await source.fill(
    `${await source.inputValue()}<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"><p>Hẹn gặp lại ${word}.</p>`,
  );
  await page.getByTestId('save-post').click();
  await expect(page).toHaveURL(/\/news-board\/[0-9a-f-]{36}$/);
  postId = page.url().split('/').pop() ?? '';
  await expect(page.getByTestId('post-title')).toHaveText(title);
  await expect(page.getByTestId('post-status')).toHaveAttribute('data-status', 'draft');
  // What the API stored: the text stays, the script and the handler are gone.
  await page.getByTestId('editor-mode').getByText('Mã HTML').click();
  await expect(page.getByTestId('field-body-source')).toHaveValue(/Hẹn gặp lại/);
  await expect(page.getByTestId('field-body-source')).not.toHaveValue(/script|onerror/);
  await page.getByTestId('editor-mode').getByText('Soạn thảo', { exact: true }).click();
  await noToasts(page);
  await expectAccessible(page, 'post editor (draft)');

  await page.getByTestId('move-published').click();
  await expect(page.getByTestId('post-status')).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('public-link')).toBeVisible();
  await expect(page.getByTestId('move-unpublished')).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, 'post editor (published)');
});

test('an anonymous visitor sees it on the home page, reads it and finds it without accents', async ({
  page,
}) => {
  expect(postId, 'the staff scenario made the post').not.toBe('');
  const created = await json<{ id: string; version: number }>(
    await apiAs('staff', '/api/v1/posts', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        kind: 'announcement',
        title: announcement,
        summary: 'Hạn nộp hồ sơ: hết ngày 15 tháng 12.',
        bodyHtml: '<p>Các hội thành viên gửi hồ sơ về Văn phòng Liên hiệp hội.</p>',
        audience: 'public',
        pinned: true,
      },
    }),
    'POST announcement',
  );
  await json(
    await apiAs('staff', `/api/v1/posts/${created.id}/transitions`, {
      method: 'POST',
      headers: { 'if-match': `"${created.version}"` },
      body: { to: 'published' },
    }),
    'publish announcement',
  );

  await page.addInitScript(() => {
    (window as unknown as { __xss?: number }).__xss = undefined;
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hiệp các hội Khoa học và Kỹ thuật');
  await expect(page.getByTestId('home-pinned-post').filter({ hasText: announcement })).toBeVisible();
  const onHome = page.getByTestId('home-news-post').filter({ hasText: title });
  await expect(onHome).toBeVisible();
  await expect(page.getByTestId('home-bulletin')).toBeVisible();
  await expect(page.getByTestId('home-contest')).toBeVisible();
  await expectAccessible(page, 'home with news');

  await onHome.click();
  await expect(page).toHaveURL(new RegExp(`/news/${postId}$`));
  await expect(page.getByTestId('post-title')).toHaveText(title);
  await expect(page.getByTestId('post-summary')).toHaveText(summary);
  await expect(page.getByTestId('post-body').locator('strong, b')).toHaveText(
    'Ban tổ chức đã nhận 120 mô hình.',
  );
  await expect(page.getByTestId('post-body').locator('script')).toHaveCount(0);
  await expect(page.getByTestId('post-body').locator('[onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.getByTestId('edit-link')).toHaveCount(0);
  await expectAccessible(page, 'post page');

  // the menu's entry (the footer links to the news too)
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tin tức', exact: true })
    .click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức, thông báo');
  const query = withoutAccents(`hội thi sáng tạo ${word}`);
  expect(query).toBe(`hoi thi sang tao ${word}`);
  await page.getByLabel('Tìm bài viết').fill(query);
  await expect(page.getByTestId('post-card')).toHaveCount(1);
  await expect(page.getByTestId('post-card').first()).toContainText(title);
  await expectAccessible(page, 'news list');
});
