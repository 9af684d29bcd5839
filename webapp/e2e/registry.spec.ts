import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// The document registry (sổ văn bản đi, đến): staff register an outgoing decision, see the number and
// symbol the system gave it (the next of its type in the year), find it in the registry by an
// accent-less search, and see it among the recent documents of the executive dashboard.

const word = `vb${randomWord()}`;
const subject = `Quyết định thành lập Hội đồng khoa học ${word}`;

test('staff register an outgoing document, see its number and find it on the executive dashboard', async ({
  page,
}) => {
  await page.goto('/registry');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sổ văn bản đi, đến');
  await expect(page.getByTestId('document-table').or(page.getByTestId('empty'))).toBeVisible();
  await expectAccessible(page, 'registry');

  await page.getByTestId('create-outgoing').click();
  await expect(page).toHaveURL(/\/registry\/new\?direction=outgoing$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký văn bản đi');
  // the browser checks first: the subject is required
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('subject')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'new outgoing document with errors');

  await page.getByTestId('type').selectOption('decision');
  await page.getByTestId('subject').fill(subject);
  await page.getByTestId('signer').fill('Nguyễn Thị Thu Hương');
  await page.getByTestId('signer-title').fill('Chủ tịch');
  await page.getByTestId('recipients').fill('Sở Khoa học và Công nghệ\nLưu: VT');
  await page.getByTestId('submit').click();

  // the detail page shows the number the system gave
  await expect(page).toHaveURL(/\/registry\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  const saved = await json<{ number: number; year: number; symbol: string }>(
    await apiAs('staff', `/api/v1/official-documents/${id}`),
    'GET document',
  );
  expect(saved.symbol).toBe(`${saved.number}/QĐ-LHH`);
  await expect(page.getByTestId('document-symbol')).toHaveText(`Văn bản số ${saved.symbol}`);
  await expect(page.getByTestId('document-subject')).toHaveText(subject);
  await expect(page.getByTestId('recipient-list')).toContainText('Sở Khoa học và Công nghệ');
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 10_000 });
  await expectAccessible(page, 'document detail');

  // found again by words typed without accents
  await page.goto(`/registry?q=${encodeURIComponent(`quyet dinh thanh lap ${word}`)}`);
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await expect(page.getByTestId('document-symbol')).toHaveText(saved.symbol);

  // the executive dashboard lists it under the recent documents, and the tile links to the registry
  await page.goto('/dashboard');
  await expect(page.getByTestId('executive-dashboard')).toBeVisible();
  await expect(page.getByTestId('recent-documents')).toContainText(saved.symbol);
  await expect(page.getByTestId('recent-documents')).toContainText(subject);
  await expect(page.getByTestId('tile-consultations-link')).toHaveAttribute('href', '/consultations');
  await expectAccessible(page, 'executive dashboard');
  await page.getByTestId('tile-documents-link').click();
  await expect(page).toHaveURL(/\/registry$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sổ văn bản đi, đến');
});
