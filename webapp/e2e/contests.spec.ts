import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak, fillDate } from './support/fixtures';

// The youth and children's creativity contest (Cuộc thi sáng tạo thanh thiếu niên, nhi đồng): the office
// creates an edition through the UI with a category and its rubric and publishes it; the coordinator
// (a school contact, its record made through the API) registers an entry with one author and submits
// it; the office marks it eligible; the public contest page shows the edition. Editions are one a
// year: this run takes an unused year above the ones in use, and a random word its data carries.

const word = `ct${randomWord()}`;
const editionName = `Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng thử nghiệm ${word}`;
const categoryName = `Kỹ thuật cơ khí ${word}`;
const school = `Trường THCS Đặng Thai Mai ${word}`;
const district = 'Thành phố Vinh';
const entryTitle = `Máy tưới cây tự động dùng năng lượng mặt trời ${word}`;

/** A calendar day n days from today in the province (UTC+7), "YYYY-MM-DD". */
function day(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** A year no edition has: above every year in use when possible (so it becomes the current edition). */
async function unusedYear(): Promise<number> {
  const page = await json<{ items: { year: number }[] }>(
    await apiAs('staff', '/api/v1/contest-editions?sort=-year&size=100'),
    'GET editions',
  );
  const used = new Set(page.items.map((e) => e.year));
  const top = Math.max(2150, ...used);
  if (top < 2200) return top + 1 + Math.floor(Math.random() * Math.min(5, 2200 - top));
  for (;;) {
    const year = 2000 + Math.floor(Math.random() * 201);
    if (!used.has(year)) return year;
  }
}

/** The coordinator account as a school contact of this run's school (created, or the existing record changed). */
async function coordinatorRecord(): Promise<void> {
  const body = {
    username: 'coordinator',
    kind: 'school',
    fullName: 'Cô Phạm Thị Hương',
    school,
    district,
    active: true,
  };
  const list = await json<{ items: { id: string; username: string; version: number }[] }>(
    await apiAs('staff', '/api/v1/contest-coordinators?q=coordinator&size=100'),
    'GET coordinators',
  );
  const existing = list.items.find((c) => c.username === 'coordinator');
  if (existing) {
    await json(
      await apiAs('staff', `/api/v1/contest-coordinators/${existing.id}`, {
        method: 'PUT',
        headers: { 'if-match': `"${existing.version}"` },
        body,
      }),
      'PUT coordinator',
    );
  } else {
    await json(
      await apiAs('staff', '/api/v1/contest-coordinators', {
        method: 'POST',
        headers: { 'idempotency-key': crypto.randomUUID() },
        body,
      }),
      'POST coordinator',
    );
  }
}

/** Waits until the success messages are gone: axe would measure them while they fade out. */
async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

let year = 0;
let editionId = '';
let entryId = '';

test.beforeAll(async () => {
  year = await unusedYear();
  await coordinatorRecord();
});

test.describe.configure({ mode: 'serial' });

test('staff create an edition with a category and its rubric, and publish it', async ({ page }) => {
  await page.goto('/contest-board');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản lý cuộc thi');
  await expect(page.getByRole('link', { name: 'Quản lý cuộc thi' })).toBeVisible();
  await expectAccessible(page, 'contest board');

  await page.getByTestId('create-edition').click();
  await expect(page).toHaveURL(/\/contest-board\/editions\/new$/);
  await page.getByTestId('edition-year').fill(String(year));
  await page.getByTestId('edition-name').fill(editionName);
  // Dates out of order are refused before anything is sent.
  await fillDate(page.getByTestId('edition-registrationOpens'), day(-1));
  await fillDate(page.getByTestId('edition-registrationCloses'), day(30));
  await fillDate(page.getByTestId('edition-submissionCloses'), day(20));
  await fillDate(page.getByTestId('edition-judgingOpens'), day(50));
  await fillDate(page.getByTestId('edition-judgingCloses'), day(60));
  await fillDate(page.getByTestId('edition-resultsDate'), day(70));
  await page.getByTestId('save-edition').click();
  await expect(page.getByTestId('form-invalid')).toBeVisible();
  await expect(page.getByTestId('edition-submissionCloses')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'edition form with errors');
  await fillDate(page.getByTestId('edition-submissionCloses'), day(40));
  await page.getByTestId('save-edition').click();
  await expect(page).toHaveURL(/\/contest-board\/editions\/[0-9a-f-]{36}$/);
  editionId = page.url().split('/').pop()!;
  await expect(page.getByTestId('edition-title')).toHaveText(editionName);
  await expect(page.getByTestId('edition-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('edition-phase')).toHaveAttribute('data-phase', 'registration');

  // A category, then its rubric: two criteria, one with a score level.
  await page.getByTestId('add-category').click();
  await page.getByTestId('category-name').fill(categoryName);
  await page.getByTestId('new-category-save').click();
  const card = page.getByTestId('category-card').filter({ hasText: categoryName });
  await expect(card).toBeVisible();
  await card.getByTestId('edit-rubric').click();
  await card.getByTestId('criterion-name-input').fill('Tính mới, tính sáng tạo');
  await card.getByTestId('criterion-weight').fill('3');
  await card.getByTestId('add-level').click();
  await card.getByTestId('level-score').fill('10');
  await card.getByTestId('level-description').fill('Ý tưởng mới, chưa có sản phẩm tương tự trong tỉnh');
  await card.getByTestId('add-criterion').click();
  await card.getByTestId('criterion-name-input').nth(1).fill('Khả năng ứng dụng');
  await expect(card.getByText('75% tổng điểm')).toBeVisible();
  await expectAccessible(page, 'rubric editor');
  await card.getByTestId('save-rubric').click();
  await expect(card.getByTestId('rubric-row')).toHaveCount(2);
  await expect(card.getByTestId('criterion-name').first()).toHaveText('Tính mới, tính sáng tạo');

  await page.getByTestId('publish-edition').click();
  await expect(page.getByTestId('edition-status')).toHaveAttribute('data-status', 'published');
  await expect(page.getByTestId('public-link')).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, 'edition editor');
});

test('the coordinator registers an entry with an author and submits it', async ({ page }) => {
  expect(editionId).not.toBe('');
  await page.goto(`/contest-entries/new?edition=${editionId}`);
  await loginOnKeycloak(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký bài dự thi');
  await expect(page.getByRole('link', { name: 'Bài dự thi' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Quản lý cuộc thi' })).toHaveCount(0);
  // The school contact's school and district are filled in from its record.
  await expect(page.getByTestId('entry-school')).toHaveValue(school);
  await expect(page.getByTestId('entry-district')).toHaveValue(district);
  await page.getByTestId('entry-categoryId').selectOption({ label: categoryName });
  await page.getByTestId('entry-title').fill(entryTitle);
  await page
    .getByTestId('entry-description')
    .fill('Máy tự tưới khi đất khô, dùng pin mặt trời và cảm biến độ ẩm.');
  await page.getByTestId('author-fullName').fill('Nguyễn Thị Lan Anh');
  // Too old on the registration deadline: refused on the client.
  await fillDate(page.getByTestId('author-dateOfBirth'), `${Number(day(30).slice(0, 4)) - 25}-01-15`);
  await page.getByTestId('author-grade').fill('9');
  await page.getByTestId('save-entry').click();
  await expect(page.getByTestId('author-dateOfBirth')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'entry form with errors');
  await fillDate(page.getByTestId('author-dateOfBirth'), `${Number(day(30).slice(0, 4)) - 14}-01-15`);
  await page.getByTestId('save-entry').click();
  await expect(page).toHaveURL(/\/contest-entries\/[0-9a-f-]{36}$/);
  entryId = page.url().split('/').pop()!;
  await expect(page.getByTestId('entry-title')).toHaveText(entryTitle);
  await expect(page.getByTestId('entry-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('author-row')).toHaveCount(1);
  await expect(page.getByTestId('author-row')).toContainText('Nguyễn Thị Lan Anh');

  await page.getByTestId('transition-submitted').click();
  await expect(page.getByTestId('entry-status')).toHaveAttribute('data-status', 'submitted');
  // Only the office decides eligibility.
  await expect(page.getByTestId('transition-eligible')).toHaveCount(0);
  await noToasts(page);
  await expectAccessible(page, 'entry (coordinator)');

  // The coordinator's list shows it.
  await page.goto(`/contest-entries?edition=${editionId}&q=${word}`);
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.getByTestId('entry-link')).toHaveText(entryTitle);
  await expectAccessible(page, 'entries (coordinator)');
});

test('staff mark the entry eligible and the public page shows the edition', async ({ page, browser }) => {
  expect(entryId).not.toBe('');
  await page.goto(`/contest-entries?edition=${editionId}&status=submitted`);
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('entry-row').filter({ hasText: entryTitle })).toHaveCount(1);
  await page.getByTestId('entry-link').filter({ hasText: entryTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/contest-entries/${entryId}$`));
  await expect(page.getByTestId('entry-school')).toHaveText(school);
  await page.getByTestId('transition-eligible').click();
  await expect(page.getByTestId('entry-status')).toHaveAttribute('data-status', 'eligible');
  await noToasts(page);
  await expectAccessible(page, 'entry (staff)');

  await page.goto(`/contest-board/editions/${editionId}/statistics`);
  await expect(page.getByTestId('stat-entries')).toHaveText('1');
  await expect(page.getByTestId('by-category-chart')).toBeVisible();
  await expectAccessible(page, 'statistics');

  // Anyone: the contest page shows the edition (the current one, or by its address).
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto('/contests');
  const current = await visitor.getByTestId('edition-name').textContent();
  if (current !== editionName) await visitor.goto(`/contests/${editionId}`);
  await expect(visitor.getByTestId('edition-name')).toHaveText(editionName);
  await expect(visitor.getByTestId('phase-step').and(visitor.locator('[aria-current="step"]'))).toContainText(
    'Đăng ký dự thi',
  );
  await expect(visitor.getByTestId('category-name')).toHaveText(categoryName);
  await expect(visitor.getByTestId('criterion-name').first()).toHaveText('Tính mới, tính sáng tạo');
  await expectAccessible(visitor, 'public contest page');
  await anonymous.close();
});
