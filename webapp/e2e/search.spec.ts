import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, tokenOf } from './support/api';
import { json, randomWord } from './support/data';
import { env } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// The one search box (tìm kiếm chung) in the header: the office finds a registry document, an expert and a
// program task from it (typing without accents, choosing with the keyboard, landing on the record's page);
// an anonymous visitor finds the public records only, never a draft or an office document.

test.describe.configure({ mode: 'serial' });

const SEED = join(process.cwd(), '..', 'deploy', 'demo', 'program-106-CTr-LHH-2019.txt');
const word = `tk${randomWord()}`;
const created: {
  document?: string;
  expert?: string;
  internalExpert?: string;
  post?: string;
  draft?: string;
} = {};

test.beforeAll(async () => {
  const post = (path: string, body: unknown) =>
    apiAs('staff', path, { method: 'POST', headers: { 'idempotency-key': crypto.randomUUID() }, body });
  created.document = (
    await json<{ id: string }>(
      await post('/api/v1/official-documents', {
        direction: 'outgoing',
        type: 'official_letter',
        documentDate: '2026-02-05',
        subject: `Đề nghị phối hợp tổ chức hội thảo khoa học ${word}`,
        signer: 'Nguyễn Thị Thu Hương',
        signerTitle: 'Chủ tịch',
        recipients: [{ name: 'Sở Khoa học và Công nghệ' }],
      }),
      'POST document',
    )
  ).id;
  const expert = (fullName: string, profile: string) =>
    post('/api/v1/experts', {
      fullName,
      degreeCode: 'TS',
      fieldCodes: [],
      organisation: 'Trường Đại học Vinh',
      availability: 'available',
      visibility: { profile },
    });
  created.expert = (
    await json<{ id: string }>(await expert(`Nguyễn Đức Hưng ${word}`, 'public'), 'POST expert')
  ).id;
  created.internalExpert = (
    await json<{ id: string }>(await expert(`Lê Thị Kín ${word}`, 'internal'), 'POST internal expert')
  ).id;
  const postBody = (title: string) => ({
    kind: 'news',
    title,
    summary: 'Tin thử của ô tìm kiếm.',
    bodyHtml: '<p>Nội dung.</p>',
    tags: [],
    audience: 'public',
    pinned: false,
  });
  created.post = (
    await json<{ id: string }>(await post('/api/v1/posts', postBody(`Tin công khai ${word}`)), 'POST post')
  ).id;
  const published = await apiAs('staff', `/api/v1/posts/${created.post}`);
  await json(
    await apiAs('staff', `/api/v1/posts/${created.post}/transitions`, {
      method: 'POST',
      headers: { 'if-match': published.headers.get('etag') ?? '' },
      body: { to: 'published' },
    }),
    'publish post',
  );
  created.draft = (
    await json<{ id: string }>(await post('/api/v1/posts', postBody(`Tin nháp ${word}`)), 'POST draft')
  ).id;

  // a program of its own, so that its tasks are there to find
  const document = readFileSync(SEED, 'utf8').replace(
    'Số: 106/CTr-LHH',
    `Số: ${Date.now() % 100_000_000}/CTr-LHH`,
  );
  const token = await tokenOf('staff');
  const preview = await fetch(`${env.apiUrl}/api/v1/program-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=UTF-8' },
    body: document,
  });
  const { id } = await json<{ id: string }>(preview, 'program preview');
  await json(
    await apiAs('staff', `/api/v1/program-imports/${id}/commit`, { method: 'POST' }),
    'program commit',
  );
});

/** Opens the search box with Ctrl+K and types the words. */
async function searchFor(page: Page, words: string) {
  await page.keyboard.press('Control+K');
  const field = page.getByRole('dialog').getByRole('combobox');
  await expect(field).toBeFocused();
  await field.fill(words);
  return field;
}

/** Moves the active option down to the one whose text has `text`, then presses Enter. */
async function chooseWithKeyboard(page: Page, text: string) {
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: text }).first()).toBeVisible();
  const texts = await options.allInnerTexts();
  const index = texts.findIndex((t) => t.includes(text));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('dialog').getByRole('combobox')).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(index).getAttribute('id'))!,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-dialog')).toHaveCount(0);
}

test('staff find a document, an expert and a program task from the search box', async ({ page }) => {
  await page.goto('/dashboard');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByTestId('search-open')).toBeVisible();

  // a document, typed without accents
  await searchFor(page, `hoi thao khoa hoc ${word}`);
  const documents = page.getByRole('group', { name: 'Văn bản' });
  await expect(documents.getByRole('option')).toHaveCount(1);
  await expectAccessible(page, 'search dialog');
  await chooseWithKeyboard(page, word);
  await expect(page).toHaveURL(new RegExp(`/registry/${created.document}$`));

  // an expert: the internal profile is there for the office too
  await searchFor(page, `nguyen duc hung ${word}`);
  const experts = page.getByRole('group', { name: 'Chuyên gia' });
  await expect(experts.getByRole('option').first()).toContainText(`Nguyễn Đức Hưng ${word}`);
  await chooseWithKeyboard(page, `Nguyễn Đức Hưng ${word}`);
  await expect(page).toHaveURL(new RegExp(`/experts/${created.expert}$`));

  // a program task: the one the API ranks first for these words
  const api = await json<{ groups: { kind: string; hits: { path: string; title: string }[] }[] }>(
    await apiAs('staff', '/api/v1/search?q=hoi%20thao%20khoa%20hoc&kinds=program-tasks'),
    'search tasks',
  );
  const task = api.groups[0]!.hits[0]!;
  await searchFor(page, 'hoi thao khoa hoc');
  const tasks = page.getByRole('group', { name: /Nhiệm vụ chương trình/ });
  await expect(tasks.getByRole('option').first()).toContainText(task.title);
  // ArrowDown to the tasks' first option, wherever its group comes
  await chooseWithKeyboard(page, task.title);
  await expect(page).toHaveURL(new RegExp(`${task.path}$`));

  // Escape closes without leaving the page
  const here = page.url();
  await searchFor(page, word);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-dialog')).toHaveCount(0);
  expect(page.url()).toBe(here);
});

test('an anonymous visitor finds public records only', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('search-open').click();
  const field = page.getByRole('dialog').getByRole('combobox');
  await expect(field).toBeFocused();
  await field.fill(word);
  await expect(page.getByRole('option').filter({ hasText: `Nguyễn Đức Hưng ${word}` })).toBeVisible();
  await expect(page.getByRole('option').filter({ hasText: `Tin công khai ${word}` })).toBeVisible();
  await expect(page.getByTestId('search-status')).toHaveText('2 kết quả');
  await expect(page.getByRole('option').filter({ hasText: `Tin nháp ${word}` })).toHaveCount(0);
  await expect(page.getByRole('option').filter({ hasText: `Lê Thị Kín ${word}` })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Văn bản' })).toHaveCount(0);
  await expectAccessible(page, 'search dialog (anonymous)');
  // the public post opens on its public page
  await chooseWithKeyboard(page, `Tin công khai ${word}`);
  await expect(page).toHaveURL(new RegExp(`/news/${created.post}$`));
});
