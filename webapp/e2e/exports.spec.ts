import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

/** Clicks one entry of the export menu and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, format: 'xlsx' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-menu-${format}`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test('staff exports the filtered association list as XLSX and CSV', async ({ page }) => {
  const word = randomWord();
  const name = `Hội Địa chất Việt Nam ${word}`;
  const created = await apiAs('staff', '/api/v1/associations', {
    method: 'POST',
    body: { name, field: 'Địa chất', memberCount: 85 },
  });
  expect(created.status).toBe(201);

  await page.goto(`/associations?q=${word}`);
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('association-row')).toHaveCount(1);
  await expect(page.getByTestId('export-menu')).toBeVisible();
  await expectAccessible(page, 'association list with the export menu');
  // the open menu too: a role="menu" with its two menu items and nothing else
  await page.getByTestId('export-menu').click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem')).toHaveCount(2);
  await expect(page.getByTestId('export-menu-xlsx')).toBeVisible();
  await expectAccessible(page, 'association list with the export menu open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  const xlsx = await exportAs(page, 'xlsx');
  expect(xlsx.name).toMatch(/^Danh sách hội \d{2}-\d{2}-\d{4}\.xlsx$/);
  // a ZIP container (OOXML): local file header PK\x03\x04
  expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

  const csv = await exportAs(page, 'csv');
  expect(csv.name).toMatch(/^Danh sách hội \d{2}-\d{2}-\d{4}\.csv$/);
  // UTF-8 byte-order mark, then the Vietnamese header and the one association the filter keeps
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.subarray(3).toString('utf8');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^"Tên hội","Tên viết tắt","Lĩnh vực"/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"${name}"`);
  expect(lines[1]).toContain('"85"');
});

test('staff exports the filtered consultation board from its menu', async ({ page }) => {
  const word = randomWord();
  const subject = `Phản biện đề án kênh tưới Đô Lương ${word}`;
  const today = new Date().toISOString().slice(0, 10);
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const created = await apiAs('staff', '/api/v1/consultations', {
    method: 'POST',
    headers: { 'idempotency-key': crypto.randomUUID() },
    body: {
      kind: 'critique',
      subject,
      description: 'Dữ liệu thử nghiệm của trang xuất tệp.',
      requestingBody: 'UBND tỉnh Nghệ An',
      requestDate: today,
      deadline,
      fieldCodes: ['thuy-loi'],
    },
  });
  expect(created.status).toBe(201);

  await page.goto(`/consultations?q=${word}`);
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('consultation-table')).toContainText(subject);
  const xlsx = await exportAs(page, 'xlsx');
  expect(xlsx.name).toMatch(/^Danh sách tư vấn, phản biện \d{2}-\d{2}-\d{4}\.xlsx$/);
  expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  const csv = await exportAs(page, 'csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toMatch(/^"Loại","Nội dung","Cơ quan đề nghị"/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"${subject}"`);
});
