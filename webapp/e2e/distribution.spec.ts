import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { json, publishedIssue, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// The free distribution of the bulletin (cấp phát miễn phí Tập san): the office adds two recipients and
// a distribution list, sends a published issue to the list, corrects one record and reads the month's
// totals. The issue is made and published through the API: issues are one a month and numbered
// uniquely, so this run takes a random far-future month and number, and a random word that only its
// issue, recipients and list contain.

const word = `cp${randomWord()}`;
const issueTitle = `Tập san Khoa học và Ứng dụng cấp phát ${word}`;
const commune = { name: `UBND xã Nghi Phong ${word}`, district: 'Nghi Lộc', copies: 2 };
const department = { name: `Sở Khoa học và Công nghệ ${word}`, copies: 3 };
const listName = `Danh sách thử nghiệm ${word}`;

/** Today's month in the province (UTC+7): the month the copies are sent in. */
function provinceToday(): { year: number; month: number } {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year: y!, month: m! };
}

async function monthTotals(when: { year: number; month: number }) {
  const totals = await json<{ months: { month: number; records: number; copies: number }[] }>(
    await apiAs('staff', `/api/v1/distribution-totals?year=${when.year}`),
    'GET totals',
  );
  return totals.months.find((m) => m.month === when.month) ?? { month: when.month, records: 0, copies: 0 };
}

/** Waits until the success messages are gone: axe would measure them while they fade out. */
async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

/** Types into a searchable select and picks the option whose text contains name. */
async function pick(page: Page, testId: string, search: string, name: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
}

let issueId = '';

test.beforeAll(async () => {
  issueId = await publishedIssue(issueTitle, 3000);
});

test('staff add recipients and a list, send a published issue to it and see the records and the totals', async ({
  page,
}) => {
  await page.goto('/distribution/recipients');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi nhận Tập san');
  await expect(page.getByRole('link', { name: 'Cấp phát Tập san' })).toBeVisible();
  await expect(page.getByTestId('recipient-table').or(page.getByTestId('empty'))).toBeVisible();
  await expectAccessible(page, 'recipients');

  // A commune needs its district.
  await page.getByTestId('create-recipient').click();
  await expect(page).toHaveURL(/\/distribution\/recipients\/new$/);
  await page.getByTestId('recipient-kind').selectOption('commune');
  await page.getByTestId('recipient-name').fill(commune.name);
  await page.getByTestId('recipient-address').fill('Xóm 5, xã Nghi Phong, huyện Nghi Lộc, Nghệ An');
  await page.getByTestId('recipient-copies').fill(String(commune.copies));
  await page.getByTestId('save-recipient').click();
  await expect(page.getByTestId('form-invalid')).toBeVisible();
  await expect(page.getByTestId('recipient-district')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new recipient form with errors');
  await page.getByTestId('recipient-district').fill(commune.district);
  await page.getByTestId('recipient-contactPerson').fill('Nguyễn Thị Hoa');
  await page.getByTestId('recipient-phone').fill('0238 3861 234');
  await page.getByTestId('save-recipient').click();
  await expect(page).toHaveURL(/\/distribution\/recipients$/);

  // A department does not.
  await page.getByTestId('create-recipient').click();
  await page.getByTestId('recipient-kind').selectOption('department');
  await page.getByTestId('recipient-name').fill(department.name);
  await page.getByTestId('recipient-address').fill('75 Nguyễn Thị Minh Khai, TP Vinh, Nghệ An');
  await page.getByTestId('recipient-copies').fill(String(department.copies));
  await page.getByTestId('save-recipient').click();
  await expect(page).toHaveURL(/\/distribution\/recipients$/);

  // Both are found without accents.
  await page.getByTestId('recipient-search').fill(`nghi phong ${word}`);
  await expect(page).toHaveURL(/[?&]q=nghi(\+|%20)phong/);
  await expect(page.getByTestId('recipient-row')).toHaveCount(1);
  await expect(page.getByTestId('recipient-name')).toHaveText(commune.name);
  await page.getByTestId('recipient-search').fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}$`));
  await expect(page.getByTestId('recipient-row')).toHaveCount(2);
  await noToasts(page);
  await expectAccessible(page, 'recipients found');

  // A list of both, the commune with copies of its own on this list.
  await page.getByTestId('distribution-nav-lists').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh sách cấp phát');
  await page.getByTestId('create-list').click();
  await expect(page.getByRole('dialog', { name: 'Tạo danh sách' })).toBeVisible();
  await page.getByTestId('list-name').fill(listName);
  await expectAccessible(page, 'new list dialog');
  await page.getByTestId('save-new-list').click();
  await expect(page).toHaveURL(/\/distribution\/lists\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('list-title')).toHaveText(listName);
  await pick(page, 'add-member', word, commune.name);
  await expect(page.getByTestId('member-row')).toHaveCount(1);
  await pick(page, 'add-member', word, department.name);
  await expect(page.getByTestId('member-row')).toHaveCount(2);
  await page
    .getByTestId('member-row')
    .filter({ hasText: commune.name })
    .getByRole('textbox', { name: `Số bản gửi cho ${commune.name} theo danh sách này` })
    .fill('5');
  await expect(page.getByTestId('list-totals')).toContainText(
    '2 nơi nhận, 2 nơi đang nhận; mỗi lần gửi 8 bản.',
  );
  await page.getByTestId('save-list').click();
  await expect(page.getByTestId('list-saved-totals')).toContainText('2 nơi đang nhận, 8 bản');
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await noToasts(page);
  await expectAccessible(page, 'distribution list');

  // The issue: nothing sent yet.
  await page.getByTestId('distribution-nav-issues').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cấp phát Tập san');
  await expect(page.getByTestId('pick-an-issue')).toBeVisible();
  await expectAccessible(page, 'distribution without an issue');
  await pick(page, 'issue-picker', word, issueTitle);
  await expect(page).toHaveURL(new RegExp(`/distribution/issues/${issueId}$`));
  await expect(page.getByTestId('issue-recipients')).toHaveText('0');
  await expect(page.getByTestId('empty')).toBeVisible();
  await expectAccessible(page, 'issue distribution (empty)');

  // Sent to the list: a record per member, with the list's copies or the recipient's.
  const today = provinceToday();
  const before = await monthTotals(today);
  await page.getByTestId('send-to-list').click();
  await expect(page.getByRole('dialog', { name: 'Gửi theo danh sách' })).toBeVisible();
  await pick(page, 'sending-list', word, listName);
  await page.getByTestId('sending-method').selectOption('post');
  await expectAccessible(page, 'send to a list');
  await page.getByTestId('sending-submit').click();
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toHaveAttribute('data-created', '2');
  await expect(summary).toHaveAttribute('data-skipped', '0');
  await expect(summary).toContainText('Đã ghi nhận 2 nơi nhận, 8 bản.');
  await expect(page.getByTestId('batch-created')).toContainText(`${commune.name}: 5 bản`);
  await expect(page.getByTestId('batch-created')).toContainText(`${department.name}: 3 bản`);
  await expectAccessible(page, 'sending result');
  await page.getByTestId('batch-close').click();
  const rows = page.getByTestId('record-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('issue-recipients')).toHaveText('2');
  await expect(page.getByTestId('issue-copies')).toHaveText('8');
  await expect(rows.filter({ hasText: commune.name }).getByTestId('record-copies')).toHaveText('5');

  // Sending again records nothing new: both are already recorded.
  await page.getByTestId('send-to-list').click();
  await pick(page, 'sending-list', word, listName);
  await page.getByTestId('sending-submit').click();
  await expect(summary).toHaveAttribute('data-created', '0');
  await expect(summary).toHaveAttribute('data-skipped', '2');
  await expect(page.getByTestId('batch-skipped')).toContainText(
    `${department.name}: đã được ghi nhận cấp số này trước đó`,
  );
  await page.getByTestId('batch-close').click();

  // A correction: the department got one more copy.
  await rows.filter({ hasText: department.name }).getByTestId('correct-record').click();
  await expect(page.getByRole('dialog', { name: 'Sửa bản ghi cấp phát' })).toBeVisible();
  await page.getByTestId('sending-copies').fill('4');
  await page.getByTestId('sending-note').fill('Bổ sung 1 bản cho thư viện của Sở.');
  await page.getByTestId('sending-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('issue-copies')).toHaveText('9');
  await expect(rows.filter({ hasText: department.name }).getByTestId('record-copies')).toHaveText('4');
  await expect(page.getByTestId('issue-kind-totals-commune').getByTestId('kind-copies')).toHaveText('5');
  await expect(page.getByTestId('issue-kind-totals-department').getByTestId('kind-copies')).toHaveText('4');
  await noToasts(page);
  await expectAccessible(page, 'issue distribution');

  // The month's totals: this month has the two records and their nine copies more.
  await page.getByTestId('distribution-nav-totals').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng hợp cấp phát');
  await expect(page.getByTestId('year-totals')).toHaveAttribute('data-year', String(today.year));
  const month = page.locator(`[data-testid="month-row"][data-month="${today.month}"]`);
  const format = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
  await expect(month.getByTestId('month-records')).toHaveText(format(before.records + 2));
  await expect(month.getByTestId('month-copies')).toHaveText(format(before.copies + 9));
  await expect(page.getByTestId('month-chart')).toBeVisible();
  await expectAccessible(page, 'distribution totals');

  // The recipient that was sent copies cannot be deleted: the page says so.
  await page.getByTestId('distribution-nav-recipients').click();
  await page.getByTestId('recipient-search').fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
  await expect(page.getByTestId('recipient-row')).toHaveCount(2);
  await page.getByTestId('recipient-name').filter({ hasText: department.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa nơi nhận');
  await expect(page.getByTestId('delete-explained')).toContainText('Không thể xóa vì đã có 1 lần cấp phát');
  await expect(page.getByTestId('delete-recipient')).toHaveCount(0);
  await expectAccessible(page, 'recipient editor');
});
