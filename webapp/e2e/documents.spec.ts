import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Administrative documents as real files: an outgoing letter of the registry downloads as PDF and as
// Word (.docx), each checked by its name and its first bytes (%PDF- for a PDF, PK\x03\x04 for the ZIP
// container of a .docx), and previews as HTML.

async function downloaded(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

test('an outgoing letter downloads as PDF and Word and previews as HTML', async ({ page }) => {
  const subject = `Đề nghị cử chuyên gia phản biện ${randomWord()}`;
  const created = await json<{ id: string; symbol: string }>(
    await apiAs('staff', '/api/v1/official-documents', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        direction: 'outgoing',
        type: 'official_letter',
        documentDate: '2026-02-05',
        subject,
        signer: 'Nguyễn Thị Thu Hương',
        signerTitle: 'Chủ tịch',
        recipients: [{ name: 'Sở Khoa học và Công nghệ' }],
        note: 'Liên hiệp hội đề nghị Quý Sở cử chuyên gia tham gia phản biện.',
      },
    }),
    'POST document',
  );
  const base = created.symbol.replace(/\//g, '-');

  await page.goto(`/registry/${created.id}`);
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('printout-section')).toBeVisible();
  await expectAccessible(page, 'document with its printout');

  const pdf = await downloaded(page, 'printout-pdf');
  expect(pdf.download.suggestedFilename()).toBe(`${base}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const docx = await downloaded(page, 'printout-docx');
  expect(docx.download.suggestedFilename()).toBe(`${base}.docx`);
  expect([...docx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

  // the preview opens in a new tab with the formal layout
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByTestId('printout-html').click(),
  ]);
  await expect(preview.locator('body')).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(preview.locator('body')).toContainText('ngày 05 tháng 02 năm 2026');
  await expect(preview.locator('body')).toContainText(subject);
  await preview.close();
});
