import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// The seed document of the local run (the 6th term's program), read from the repository.
const SEED = join(process.cwd(), '..', 'deploy', 'demo', 'program-106-CTr-LHH-2019.txt');

/** The records of a CSV text (RFC 4180 quoting; fields may hold line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

test('staff imports a program document, confirms it and downloads the 2021 annual report', async ({
  page,
}) => {
  const number = `${Date.now() % 100_000_000}/CTr-LHH`;
  const seed = readFileSync(SEED, 'utf8');
  // A unique number (so reruns don't collide) and one item numbered out of sequence (so one line is flagged).
  const renumbered = '7. Tăng cường mở rộng hợp tác quốc tế';
  const document = seed
    .replace('Số: 106/CTr-LHH', `Số: ${number}`)
    .replace('5. Tăng cường mở rộng hợp tác quốc tế', renumbered);
  expect(document).toContain(`Số: ${number}`);
  expect(document).toContain(renumbered);
  const flaggedLine = document.split('\n').findIndex((l) => l.startsWith(renumbered)) + 1;

  await page.goto('/programs/import');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập chương trình từ văn bản');
  await expectAccessible(page, 'program import');

  await page.locator('input[type="file"]').setInputFiles({
    name: 'chuong-trinh.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(document, 'utf8'),
  });
  await expect(page.getByTestId('import-text')).toHaveValue(/CHƯƠNG TRÌNH HOẠT ĐỘNG/);
  await page.getByTestId('import-preview-button').click();

  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.getByTestId('count-missions')).toHaveText('5');
  await expect(page.getByTestId('count-regular-tasks')).toHaveText('8');
  await expect(page.getByTestId('count-year-2021')).toHaveText('5');
  await expect(page.getByTestId('count-flags')).toHaveText('1');
  const flags = page.getByTestId('import-flag');
  await expect(flags).toHaveCount(1);
  await expect(flags.getByTestId('flag-line')).toHaveText(String(flaggedLine));
  await expect(flags).toContainText(renumbered);
  await expectAccessible(page, 'import preview');

  await page.getByTestId('import-confirm').click();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('program-number')).toContainText(number);
  await expect(page.getByTestId('missions')).toContainText('Củng cố, phát triển tổ chức');
  await expect(page.getByTestId('year-task').first()).toBeVisible();
  await expectAccessible(page, 'program view');

  // A regular task's badge of one year opens that year's tracked task.
  await page.getByTestId('year-task').first().click();
  await expect(page).toHaveURL(/\/program-tasks\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('task-text')).toBeVisible();
  await expect(page.getByTestId('progress-form')).toBeVisible();
  await expectAccessible(page, 'task detail');
  await page.goBack();

  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2021', exact: true }).click();
  await page.getByTestId('open-report').click();
  await expect(page).toHaveURL(/\/reports\/2021$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo năm 2021');
  await expect(page.getByTestId('total-total')).toHaveText('13');
  await expectAccessible(page, 'annual report');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const path = await download.path();
  const records = csvRecords(readFileSync(path, 'utf8')).filter((r) => r.some((c) => c !== ''));
  expect(records[0]).toEqual([
    'Phần',
    'Mục',
    'Nội dung',
    'Đơn vị chủ trì',
    'Trạng thái',
    'Tỷ lệ (%)',
    'Hạn',
    'Trễ hạn',
    'Có nguy cơ trễ',
    'Báo cáo gần nhất',
    'Nội dung báo cáo',
    'Minh chứng',
  ]);
  expect(records).toHaveLength(14);

  // The dashboard charts the newest program's progress by year and by section.
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByTestId('program-chart-year')).toBeVisible();
  await expect(page.getByTestId('program-chart-section')).toBeVisible();
  await expectAccessible(page, 'dashboard with program progress');
});
