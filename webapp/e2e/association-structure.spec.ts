import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak, fillDate } from './support/fixtures';

// Far-future terms (41, 42 in 2041–2048): independent of what other specs record for this association.
const TERM = { number: 41, startDate: '2041-07-01', endDate: '2046-06-30' };
const OVERLAPPING = { number: 42, startDate: '2045-01-01', endDate: '2048-12-31' };

/** Today in the province's time zone (a held congress may not be in the future). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

test('an association officer records a term, its congress and its president', async ({ page }) => {
  const president = `Nguyễn Thị Thử ${Date.now().toString(36)}`;

  // Sign in through a signed-in page, then open the association's detail page.
  await page.goto(`/associations/${env.own.id}/edit`);
  await loginOnKeycloak(page, 'officer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa thông tin hội');
  await page.goto(`/associations/${env.own.id}`);
  await expect(page.getByTestId('association-name')).toHaveText(env.own.name);
  await expect(page.getByTestId('term-add')).toBeVisible();
  // Officers are managed by admins only.
  await expect(page.getByTestId('officers-panel')).toHaveCount(0);
  await expectAccessible(page, 'association detail (officer, structure)');

  // A term: client-side validation first (the end after the start), then saved.
  await page.getByTestId('term-add').click();
  const termDialog = page.getByRole('dialog', { name: 'Thêm nhiệm kỳ' });
  await expect(termDialog).toBeVisible();
  await termDialog.getByLabel('Khóa').fill(String(TERM.number));
  await fillDate(termDialog.getByLabel('Bắt đầu'), TERM.startDate);
  await fillDate(termDialog.getByLabel('Kết thúc'), TERM.startDate);
  await termDialog.getByTestId('structure-save').click();
  await expect(termDialog.getByText('Ngày kết thúc phải sau ngày bắt đầu')).toBeVisible();
  await expectAccessible(page, 'term form with errors');
  await fillDate(termDialog.getByLabel('Kết thúc'), TERM.endDate);
  await termDialog.getByTestId('structure-save').click();
  await expect(termDialog).toBeHidden();
  const termRow = page.getByTestId('term-row').filter({ hasText: String(TERM.number) });
  await expect(termRow).toBeVisible();
  await expect(page.getByTestId('congress-status')).toHaveText('Chưa đến hạn');

  // A term overlapping it: the API's conflict message (asked for the same body: a 409 changes nothing).
  const refused = await apiAs('officer', `/api/v1/associations/${env.own.id}/terms`, {
    method: 'POST',
    body: OVERLAPPING,
  });
  expect(refused.status).toBe(409);
  const problem = (await refused.json()) as { detail: string };
  await page.getByTestId('term-add').click();
  await expect(termDialog).toBeVisible();
  await termDialog.getByLabel('Khóa').fill(String(OVERLAPPING.number));
  await fillDate(termDialog.getByLabel('Bắt đầu'), OVERLAPPING.startDate);
  await fillDate(termDialog.getByLabel('Kết thúc'), OVERLAPPING.endDate);
  await termDialog.getByTestId('structure-save').click();
  const alert = termDialog.getByTestId('problem');
  await expect(alert).toHaveAttribute('data-status', '409');
  await expect(alert).toContainText(problem.detail);
  await expectAccessible(page, 'term form with a conflict');
  await termDialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(termDialog).toBeHidden();
  await expect(page.getByTestId('term-row').filter({ hasText: String(OVERLAPPING.number) })).toHaveCount(0);

  const terms = (await (await apiAs('officer', `/api/v1/associations/${env.own.id}/terms`)).json()) as {
    id: string;
    number: number;
  }[];
  const termId = terms.find((x) => x.number === TERM.number)!.id;

  // The congress closing the term, held today: the congress badge changes.
  await page.getByTestId('congress-add').click();
  const congressDialog = page.getByRole('dialog', { name: 'Ghi nhận đại hội' });
  await expect(congressDialog).toBeVisible();
  await congressDialog.getByLabel('Nhiệm kỳ').selectOption(termId);
  await fillDate(congressDialog.getByLabel('Ngày tổ chức'), today());
  await congressDialog.getByLabel('Quyết định').fill('Nghị quyết Đại hội khóa 41 (thử nghiệm)');
  await expectAccessible(page, 'congress form');
  await congressDialog.getByTestId('structure-save').click();
  await expect(congressDialog).toBeHidden();
  await expect(
    page.getByTestId('congress-row').filter({ hasText: 'Nghị quyết Đại hội khóa 41 (thử nghiệm)' }),
  ).toBeVisible();
  await expect(page.getByTestId('congress-status')).toHaveText('Đã tổ chức đại hội');

  // Its president.
  await page.getByTestId('leader-add').click();
  const leaderDialog = page.getByRole('dialog', { name: 'Thêm lãnh đạo' });
  await expect(leaderDialog).toBeVisible();
  await leaderDialog.getByLabel('Nhiệm kỳ').selectOption(termId);
  await leaderDialog.getByLabel('Họ và tên').fill(president);
  await leaderDialog.getByLabel('Học hàm, học vị').fill('PGS.TS.');
  await leaderDialog.getByLabel('Chức vụ').selectOption({ label: 'Chủ tịch' });
  await fillDate(leaderDialog.getByLabel('Bắt đầu'), TERM.startDate);
  await expectAccessible(page, 'leader form');
  await leaderDialog.getByTestId('structure-save').click();
  await expect(leaderDialog).toBeHidden();

  // Seen on the detail page, also after a fresh load.
  await page.reload();
  await expect(page.getByTestId('association-name')).toHaveText(env.own.name);
  await expect(page.getByTestId('term-row').filter({ hasText: String(TERM.number) })).toBeVisible();
  const leaderRow = page.getByTestId('leader-row').filter({ hasText: president });
  await expect(leaderRow).toContainText('PGS.TS.');
  await expect(leaderRow).toContainText('Chủ tịch');
  await expect(page.getByTestId('congress-status')).toHaveText('Đã tổ chức đại hội');
  await expectAccessible(page, 'association detail with its structure');

  // Another association: readable, but no add, edit or delete controls.
  await page.goto(`/associations/${env.other.id}`);
  await expect(page.getByTestId('association-name')).toHaveText(env.other.name);
  for (const id of ['term-add', 'congress-add', 'leader-add', 'term-edit', 'term-delete']) {
    await expect(page.getByTestId(id)).toHaveCount(0);
  }
  await expectAccessible(page, 'association detail (officer, other)');
});
