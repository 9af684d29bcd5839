import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { randomWord } from './support/data';
import { withoutAccents } from './support/env';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Random words per run (not time-based, so that they share no trigrams with other specs' suffixes): the
// experts made here are found by them. The search is typo-tolerant, so assertions do not assume that
// nothing else is similar enough to be listed too.
const suffix = `x${randomWord()}`;
const keyword = `kw${randomWord()}`;
const hung = {
  fullName: `Nguyễn Văn Hùng ${suffix}`,
  titleCode: 'PGS',
  degreeCode: 'TS',
  fieldCodes: ['thuy-loi'],
  keywords: ['tưới tiết kiệm', keyword],
  position: 'Trưởng khoa Thủy lợi',
  organisation: 'Trường Đại học Vinh',
  availability: 'available',
  // Contact details are internal by default: the public never sees them.
  contact: { email: `hung.${suffix}@example.vn`, phone: '0912 345 678' },
  biography: 'Nghiên cứu tưới tiết kiệm nước cho cây ăn quả.',
  publications: [
    {
      title: 'Giải pháp tưới tiết kiệm nước cho cây cam Vinh',
      url: 'https://doi.org/10.1000/xyz123',
      year: 2021,
    },
  ],
};
const lan = {
  fullName: `Trần Thị Lan ${suffix}`,
  degreeCode: 'ThS',
  fieldCodes: ['y-te'],
  keywords: [keyword],
  organisation: 'Bệnh viện Hữu nghị Đa khoa Nghệ An',
  availability: 'available',
};

async function createExpert(body: Record<string, unknown>): Promise<{ id: string; displayName: string }> {
  const response = await apiAs('staff', '/api/v1/experts', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  if (response.status !== 201) throw new Error(`POST expert: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; displayName: string };
}

/** The demo account `expert` must be linked to a profile (other specs rely on it being active and available). */
async function ensureExpertAccountLinked(): Promise<void> {
  const mine = await apiAs('expert', '/api/v1/experts/me');
  if (mine.ok) return;
  if (mine.status !== 404) throw new Error(`GET /experts/me: ${mine.status} ${await mine.text()}`);
  const created = await apiAs('staff', '/api/v1/experts', {
    method: 'POST',
    body: {
      fullName: 'Phạm Quang Minh',
      degreeCode: 'TS',
      fieldCodes: ['thuy-loi'],
      availability: 'available',
      username: 'expert',
    },
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  // 409: linked meanwhile by another spec's set-up.
  if (created.status !== 201 && created.status !== 409) {
    throw new Error(`POST expert for the expert account: ${created.status} ${await created.text()}`);
  }
}

let hungProfile: { id: string; displayName: string };

test.beforeAll(async () => {
  hungProfile = await createExpert(hung);
  await createExpert(lan);
  await ensureExpertAccountLinked();
});

test('a visitor finds an expert by name without accents and sees no contact details', async ({ page }) => {
  await page.goto('/experts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mạng lưới chuyên gia');
  await expect(page.getByTestId('expert-item').first()).toBeVisible();
  await expect(page.getByTestId('create-expert')).toHaveCount(0);
  await expectAccessible(page, 'expert directory');

  const query = withoutAccents(hung.fullName);
  expect(query).toBe(`nguyen van hung ${suffix}`);
  await page.getByLabel('Tìm chuyên gia').fill(query);
  await expect(page).toHaveURL(/[?&]q=nguyen(\+|%20)van(\+|%20)hung/);
  const hit = page.getByTestId('expert-item').filter({ hasText: hung.fullName });
  await expect(hit).toBeVisible();
  // Name matches rank first.
  await expect(page.getByTestId('expert-item').first()).toContainText(hung.fullName);
  await expect(hit).toContainText('Thủy lợi');
  await expect(hit).toContainText(hung.organisation);
  await expect(page.getByTestId('approximate')).toHaveCount(0);
  await expectAccessible(page, 'expert search result');

  await hit.getByRole('link', { name: hungProfile.displayName }).click();
  await expect(page).toHaveURL(new RegExp(`/experts/${hungProfile.id}$`));
  await expect(page.getByTestId('expert-name')).toHaveText(hungProfile.displayName);
  await expect(page.getByTestId('expert-fields')).toContainText('Thủy lợi');
  await expect(page.getByTestId('expert-biography')).toHaveText(hung.biography);
  await expect(page.getByRole('link', { name: hung.publications[0]!.title })).toHaveAttribute(
    'href',
    hung.publications[0]!.url,
  );
  // Contact details are internal: the API leaves them out and the page has no contact section.
  await expect(page.getByTestId('expert-contact')).toHaveCount(0);
  await expect(page.getByText(hung.contact.email)).toHaveCount(0);
  await expect(page.getByText(hung.contact.phone)).toHaveCount(0);
  await expect(page.getByTestId('edit-expert')).toHaveCount(0);
  await expect(page.getByTestId('delete-expert')).toHaveCount(0);
  await expectAccessible(page, 'expert profile (public)');

  // Back returns to the search (it lives in the URL).
  await page.goBack();
  await expect(page.getByLabel('Tìm chuyên gia')).toHaveValue(query);
  await expect(page.getByTestId('expert-item').filter({ hasText: hung.fullName })).toBeVisible();
});

test('the field facet narrows the list, and its chip removes the filter', async ({ page }) => {
  await page.goto('/experts');
  await page.getByLabel('Tìm chuyên gia').fill(keyword);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${keyword}`));
  const items = page.getByTestId('expert-item');
  await expect(items.filter({ hasText: hung.fullName })).toBeVisible();
  await expect(items.filter({ hasText: lan.fullName })).toBeVisible();
  // The keyword is this run's own: exactly the two profiles made above have it. Waiting for that
  // count also waits for the search to replace the unfiltered list it starts from.
  const before = 2;
  await expect(items).toHaveCount(before);
  const fields = page.getByTestId('facet-field');
  const water = fields.locator('[data-testid="facet-value"][data-value="thuy-loi"]');
  await expect(water).toContainText('Thủy lợi');
  await expect(water).toHaveAttribute('aria-pressed', 'false');
  await expect(fields.locator('[data-testid="facet-value"][data-value="y-te"]')).toContainText('Y tế');
  await expectAccessible(page, 'expert directory with facets');

  await water.click();
  await expect(page).toHaveURL(/[?&]field=thuy-loi/);
  await expect(items.filter({ hasText: lan.fullName })).toHaveCount(0);
  await expect(items.filter({ hasText: hung.fullName })).toBeVisible();
  expect(await items.count()).toBeLessThan(before);
  for (const item of await items.all()) await expect(item).toContainText('Thủy lợi');
  await expect(water).toHaveAttribute('aria-pressed', 'true');
  const chip = page.getByTestId('filter-chip');
  await expect(chip).toHaveText('Lĩnh vực: Thủy lợi');
  await expectAccessible(page, 'expert directory filtered');

  await chip.click();
  await expect(page).not.toHaveURL(/field=/);
  await expect(items.filter({ hasText: lan.fullName })).toBeVisible();
  await expect(items).toHaveCount(before);
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
});

/** A valid ORCID iD of its own (ISO 7064 MOD 11-2 check digit): iDs are unique, and other tests use some. */
function randomOrcid(): string {
  const digits = Array.from({ length: 15 }, () => Math.floor(Math.random() * 10));
  const total = digits.reduce((t, d) => (t + d) * 2, 0);
  const check = (12 - (total % 11)) % 11;
  const all = digits.join('') + (check === 10 ? 'X' : String(check));
  return all.match(/.{4}/g)!.join('-');
}

test('staff adds an expert through the form, sees the contact details and deletes the profile', async ({
  page,
}) => {
  const name = `Lê Minh Tuấn ${suffix}`;
  const orcid = randomOrcid();
  await page.goto('/experts/new');
  await loginOnKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thêm chuyên gia');
  await expectAccessible(page, 'expert create form');

  // Client-side checks mirror the API (the ORCID check digit).
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Học vị').selectOption('TS');
  await page.getByLabel('Mã ORCID').fill('0000-0002-1825-0098');
  await page.getByLabel('Thư điện tử').fill(`tuan.${suffix}@example.vn`);
  await page.getByTestId('save').click();
  await expect(page.getByTestId('form-invalid')).toBeVisible();
  await expect(page.getByText('Mã ORCID không hợp lệ', { exact: false })).toBeVisible();
  await expectAccessible(page, 'expert create form with errors');

  await page.getByLabel('Mã ORCID').fill(orcid);
  await page.getByTestId('add-publication').click();
  await page.getByLabel('Tên công trình').fill('Quản lý tổng hợp lưu vực sông Cả');
  await page.getByLabel('Năm', { exact: true }).fill('2019');
  await page.getByTestId('save').click();

  await expect(page.getByTestId('expert-name')).toHaveText(`TS. ${name}`);
  const profileUrl = page.url();
  await expect(page.getByTestId('expert-orcid')).toHaveAttribute('href', `https://orcid.org/${orcid}`);
  await expect(page.getByTestId('expert-contact')).toContainText(`tuan.${suffix}@example.vn`);
  await expect(page.getByTestId('expert-publications')).toContainText(
    'Quản lý tổng hợp lưu vực sông Cả (2019)',
  );
  await expectAccessible(page, 'expert profile (staff)');

  await page.getByTestId('delete-expert').click();
  const dialog = page.getByRole('dialog', { name: 'Xóa hồ sơ chuyên gia?' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('confirm-delete').click();
  await expect(page).toHaveURL(/\/experts$/);
  await page.goto(profileUrl);
  await expect(page.getByTestId('problem')).toHaveAttribute('data-status', '404');
});

test('the expert edits the biography of their own profile', async ({ page }) => {
  const biography = `Tiểu sử cập nhật lúc ${suffix}: kỹ sư thủy lợi, 20 năm kinh nghiệm.`;
  await page.goto('/me/expert-profile');
  await loginOnKeycloak(page, 'expert');
  await expect(page).toHaveURL(/\/me\/expert-profile$/);
  await expect(page.getByTestId('expert-name')).toBeVisible();
  // The expert gets the internal view of their own profile: the contact section is there.
  await expect(page.getByTestId('expert-contact')).toBeVisible();
  await expectAccessible(page, 'my expert profile');

  await page.getByTestId('edit-my-profile').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa hồ sơ của tôi');
  await expect(page.getByLabel('Tên đăng nhập của chuyên gia')).toHaveCount(0);
  await expectAccessible(page, 'my expert profile form');
  await page.getByLabel('Tiểu sử', { exact: true }).fill(biography);
  await page.getByTestId('save').click();

  await expect(page.getByTestId('expert-biography')).toHaveText(biography);
  await page.reload();
  await expect(page.getByTestId('expert-biography')).toHaveText(biography);
});
