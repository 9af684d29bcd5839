import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { PDF, randomWord } from './support/data';
import { env, withoutAccents } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// The monthly bulletin (Tập san Khoa học và Ứng dụng): the office makes an issue, uploads its PDF,
// writes and places articles and publishes it; then an anonymous visitor finds an article in the public
// archive without accents and reads the issue. Issues are one a month and numbered per volume: this run
// takes a random far-future month and number, and a random word that only its articles contain.

test.describe.configure({ mode: 'serial' });

const word = `ts${randomWord()}`;
const pad = (n: number) => String(n).padStart(2, '0');
const year = 2300 + Math.floor(Math.random() * 600);
const monthNumber = 1 + Math.floor(Math.random() * 12);
const volume = 100 + Math.floor(Math.random() * 900);
const number = 1 + Math.floor(Math.random() * 9999);
const issueTitle = `Tập san Khoa học và Ứng dụng số ${monthNumber}/${year} ${word}`;
const lead = {
  title: `Ứng dụng chế phẩm sinh học trong trồng cam Vinh ${word}`,
  author: 'PGS.TS. Nguyễn Văn Hùng',
  affiliation: 'Trường Đại học Vinh',
};
const second = `Giải pháp tưới tiết kiệm nước cho vùng đồi ${word}`;

/** A 1×1 PNG for the cover. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Chromium's built-in PDF viewer (an extension): it shows a PDF the page frames. */
const PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

let issueId = '';

/** Whether the image has loaded (a broken one has no natural width). */
async function imageLoaded(page: Page): Promise<number> {
  return page.getByTestId('cover').evaluate((img) => (img as HTMLImageElement).naturalWidth);
}

/** Waits until the success messages are gone: axe would measure them while they fade out. */
async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

async function createUnplacedArticle(title: string): Promise<string> {
  const response = await apiAs('staff', '/api/v1/bulletin-articles', {
    method: 'POST',
    headers: { 'idempotency-key': crypto.randomUUID() },
    body: {
      title,
      authors: [{ name: 'ThS. Trần Thị Lan', affiliation: 'Viện Thủy lợi' }],
      pageFrom: 1,
      pageTo: 4,
    },
  });
  if (response.status !== 201) throw new Error(`POST article: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

test('staff make an issue, upload its PDF, place and order its articles, and publish it', async ({
  page,
}) => {
  await page.goto('/bulletin-board');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biên tập tập san');
  await expect(page.getByTestId('issue-table').or(page.getByTestId('empty'))).toBeVisible();
  await expectAccessible(page, 'editorial board');

  // A new issue: a draft.
  await page.getByTestId('create-issue').click();
  await expect(page).toHaveURL(/\/bulletin-board\/issues\/new$/);
  await page.getByTestId('field-volume').fill(String(volume));
  await page.getByTestId('field-number').fill(String(number));
  // typed as the reader writes it: MM/yyyy
  await page.getByTestId('field-month').fill(`${pad(monthNumber)}/${year}`);
  await page.getByTestId('field-title').fill(issueTitle);
  await page
    .getByTestId('field-summary')
    .fill('Số chuyên đề về nông nghiệp công nghệ cao (dữ liệu thử nghiệm).');
  await expectAccessible(page, 'new issue form');
  await page.getByTestId('save-issue').click();
  await expect(page).toHaveURL(/\/bulletin-board\/issues\/[0-9a-f-]{36}$/);
  issueId = page.url().split('/').pop()!;
  await expect(page.getByTestId('issue-title')).toHaveText(issueTitle);
  await expect(page.getByTestId('issue-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('issue-status')).toHaveText('Bản nháp');
  await expect(page.getByTestId('issue-pdf-missing')).toBeVisible();

  // Its full-text PDF.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('issue-pdf-upload-input').click();
  await (
    await chooser
  ).setFiles({ name: 'tap-san-thu-nghiem.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByTestId('issue-pdf-upload-button').click();
  await expect(page.getByTestId('issue-pdf-name')).toHaveText('tap-san-thu-nghiem.pdf');

  // Its cover: a draft's cover is not public, the office's preview is fetched with the token.
  const coverChooser = page.waitForEvent('filechooser');
  await page.getByTestId('cover-upload-input').click();
  await (await coverChooser).setFiles({ name: 'bia.png', mimeType: 'image/png', buffer: PNG });
  await page.getByTestId('cover-upload-button').click();
  await expect(page.getByTestId('cover')).toBeVisible();
  await expect.poll(() => imageLoaded(page)).toBe(1);

  // A new article written for the issue is placed at its end.
  await page.getByTestId('write-article').click();
  await expect(page).toHaveURL(new RegExp(`/bulletin-board/articles/new\\?issueId=${issueId}$`));
  await expect(page.getByTestId('target-issue')).toContainText(issueTitle);
  await page.getByTestId('field-article-title').fill(lead.title);
  await page.getByTestId('author-name').fill(lead.author);
  await page.getByTestId('author-affiliation').fill(lead.affiliation);
  await page
    .getByTestId('field-abstract')
    .fill('Kết quả thử nghiệm chế phẩm sinh học trên cam Vinh tại Nghệ An.');
  await page.getByTestId('field-keywords').fill('cam Vinh');
  await page.getByTestId('field-keywords').press('Enter');
  await page.getByTestId('field-fields').click();
  await page.getByRole('option', { name: 'Thủy lợi', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('field-page-from').fill('5');
  await page.getByTestId('field-page-to').fill('12');
  await expectAccessible(page, 'new article form');
  await page.getByTestId('save-article').click();
  await expect(page).toHaveURL(new RegExp(`/bulletin-board/issues/${issueId}$`));
  const placed = page.getByTestId('placed-article');
  await expect(placed).toHaveCount(1);
  await expect(placed.first()).toContainText(lead.title);
  await expect(placed.first()).toHaveAttribute('data-position', '1');

  // An article from the desk is added at the end, then moved up to lead the issue.
  await createUnplacedArticle(second);
  await page.getByTestId('add-article').click();
  await page.getByTestId('add-article').fill(word);
  // The options come from the server after the typing settles; if the list closed meanwhile, open it again.
  const option = page.getByRole('option', { name: second });
  await expect(async () => {
    if (!(await option.isVisible())) await page.getByTestId('add-article').click();
    await expect(option).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await option.click();
  await page.getByTestId('add-article-button').click();
  await expect(placed).toHaveCount(2);
  await expect(placed.nth(1)).toContainText(second);
  await placed.nth(1).getByTestId('move-up').click();
  await expect(placed.nth(0)).toContainText(second);
  await expect(placed.nth(1)).toContainText(lead.title);
  await expect(placed.nth(1)).toHaveAttribute('data-position', '2');
  await noToasts(page);
  await expectAccessible(page, 'issue editor (draft)');

  // Review, then publish after the confirmation.
  await page.getByTestId('transition-in_review').click();
  await expect(page.getByTestId('issue-status')).toHaveAttribute('data-status', 'in_review');
  await page.getByTestId('transition-published').click();
  await expect(page.getByRole('dialog', { name: 'Phát hành số này?' })).toBeVisible();
  await expectAccessible(page, 'publish confirmation');
  await page.getByTestId('confirm-publish').click();
  await expect(page.getByTestId('issue-status')).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('issue-status')).toHaveText('Đã phát hành');
  await expect(page.getByTestId('transition-withdrawn')).toBeVisible();
  // A published issue's articles stay where they are.
  await expect(page.getByTestId('move-up')).toHaveCount(0);
  await expect(page.getByTestId('issue-pdf-upload-input')).toHaveCount(0);
  await expect(page.getByTestId('public-link')).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, 'issue editor (published)');
});

test('a visitor finds the article without accents and reads the issue in the browser', async ({ page }) => {
  expect(issueId, 'the staff scenario made the issue').not.toBe('');
  await page.goto('/');
  await expect(page.getByTestId('home-latest-bulletin')).toBeVisible();
  await page.getByRole('link', { name: 'Tập san', exact: true }).click();
  await expect(page).toHaveURL(/\/bulletins$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tập san Khoa học và Ứng dụng');
  await expect(page.getByTestId('issue-card').first()).toBeVisible();
  await expect(page.getByTestId('to-board')).toHaveCount(0);
  await expectAccessible(page, 'bulletin archive');

  const query = withoutAccents(`chế phẩm sinh học ${word}`);
  expect(query).toBe(`che pham sinh hoc ${word}`);
  await page.getByTestId('article-search').fill(query);
  await expect(page).toHaveURL(/[?&]q=che(\+|%20)pham/);
  const hit = page.getByTestId('article-hit').filter({ hasText: lead.title });
  await expect(hit).toBeVisible();
  await expect(page.getByTestId('article-hit')).toHaveCount(1);
  await expect(hit.getByTestId('authors')).toContainText(lead.author);
  await expect(hit.getByTestId('hit-issue')).toContainText(issueTitle);
  await expect(hit).toContainText('Trang 5–12');
  await expect(hit).toContainText('Thủy lợi');
  await expectAccessible(page, 'bulletin article search');

  await hit.getByTestId('hit-issue').click();
  await expect(page).toHaveURL(new RegExp(`/bulletins/${issueId}$`));
  await expect(page.getByTestId('issue-title')).toHaveText(issueTitle);
  await expect(page.getByTestId('issue-label')).toContainText(`số ${number}`);
  await expect(page.getByTestId('not-public')).toHaveCount(0);
  await expect(page.getByTestId('cover')).toHaveAttribute(
    'src',
    `${env.apiUrl}/api/v1/bulletins/${issueId}/cover`,
  );
  await expect.poll(() => imageLoaded(page)).toBe(1);
  const toc = page.getByTestId('toc-entry');
  await expect(toc).toHaveCount(2);
  await expect(toc.nth(0).getByTestId('toc-title')).toHaveText(second);
  await expect(toc.nth(1).getByTestId('toc-title')).toHaveText(lead.title);
  await expect(toc.nth(1).getByTestId('authors')).toContainText(`${lead.author} (${lead.affiliation})`);
  await expect(toc.nth(1).getByTestId('toc-pages')).toHaveText('Trang 5–12');

  // The full text: the API's inline PDF in a frame, and a download link.
  const pdfUrl = `${env.apiUrl}/api/v1/bulletins/${issueId}/pdf`;
  await expect(page.getByTestId('pdf-viewer')).toHaveAttribute('src', pdfUrl);
  await expect(page.getByTestId('pdf-viewer')).toHaveAttribute('title', `Toàn văn PDF: ${issueTitle}`);
  await expect(page.getByTestId('pdf-download')).toHaveAttribute('href', `${pdfUrl}?download=true`);
  await expect(page.getByTestId('pdf-download')).toContainText('Tải xuống PDF');
  const inline = await page.request.get(pdfUrl);
  expect(inline.status()).toBe(200);
  expect(inline.headers()['content-type']).toContain('application/pdf');
  expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
  expect(inline.headers()['x-frame-options']).toBeUndefined();
  const attachment = await page.request.get(`${pdfUrl}?download=true`);
  expect(attachment.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(
    Buffer.from(await attachment.body())
      .subarray(0, 5)
      .toString('ascii'),
  ).toBe('%PDF-');
  // Nothing blocks the framing: Chromium's own PDF viewer opens in the frame.
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(`chrome-extension://${PDF_VIEWER}/`)))
    .toBe(true);
  await expectAccessible(page, 'bulletin issue (public)');
});
