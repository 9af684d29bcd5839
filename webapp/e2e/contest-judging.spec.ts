import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';
import { expectAccessible, loginOnKeycloak } from './support/fixtures';

// Contest judging (chấm thi): the judge scores on a phone, the office confirms the awards and
// publishes the results, the public sees them. The edition, its category with a rubric, two eligible
// entries and the judge are made through the API as staff; the edition's dates are then moved so that
// judging is open today.

interface Versioned {
  id: string;
  version: number;
}

/** Waits until the success messages are gone: axe would measure them while they fade out. */
async function noToasts(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

/** A calendar day relative to today in the province (Asia/Ho_Chi_Minh), as the API counts days. */
function provinceDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

async function etagOf(path: string): Promise<{ etag: string; body: Record<string, unknown> }> {
  const response = await apiAs('staff', path);
  const body = await json<Record<string, unknown> & { version: number }>(response, `GET ${path}`);
  return { etag: response.headers.get('etag') ?? `"${body.version}"`, body };
}

const EDITION_FIELDS = [
  'year',
  'name',
  'description',
  'coOrganisers',
  'minAge',
  'maxAge',
  'minGrade',
  'maxGrade',
  'maxEntriesPerSchool',
  'maxAuthorsPerEntry',
  'awardQuota',
] as const;

function dates(offsets: number[]) {
  const [registrationOpens, registrationCloses, submissionCloses, judgingOpens, judgingCloses, resultsDate] =
    offsets.map(provinceDay);
  return {
    registrationOpens,
    registrationCloses,
    submissionCloses,
    judgingOpens,
    judgingCloses,
    resultsDate,
  };
}

interface Setup {
  editionId: string;
  editionName: string;
  categoryId: string;
  entries: { id: string; title: string; consent: boolean }[];
}

/** Everything up to a judge assigned to the category, with judging open today. */
async function prepare(word: string): Promise<Setup> {
  const editionName = `Cuộc thi Sáng tạo thử nghiệm ${word}`;
  const birthYear = Number(provinceDay(0).slice(0, 4)) - 12;
  let edition: Versioned | undefined;
  for (let attempt = 0; attempt < 10 && !edition; attempt++) {
    const response = await apiAs('staff', '/api/v1/contest-editions', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        year: 2000 + Math.floor(Math.random() * 201),
        name: editionName,
        coOrganisers: ['Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Tỉnh đoàn'],
        ...dates([-1, 1, 2, 3, 4, 5]),
        minAge: 6,
        maxAge: 18,
        maxEntriesPerSchool: 10,
        maxAuthorsPerEntry: 3,
        awardQuota: { first: 1, second: 1, third: 0, consolation: 0 },
      },
    });
    if (response.status === 409) continue; // that year is taken
    edition = await json<Versioned>(response, 'POST edition');
  }
  if (!edition) throw new Error('no free year for the test edition');
  const editionId = edition.id;
  const editionPath = `/api/v1/contest-editions/${editionId}`;
  await json(
    await apiAs('staff', `${editionPath}/transitions`, {
      method: 'POST',
      headers: { 'if-match': (await etagOf(editionPath)).etag },
      body: { status: 'published' },
    }),
    'publish edition',
  );

  const category = await json<Versioned>(
    await apiAs('staff', `${editionPath}/categories`, {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { code: `ky-thuat-${word}`.slice(0, 40), name: `Kỹ thuật ứng dụng ${word}`, position: 1 },
    }),
    'POST category',
  );
  const categoryPath = `/api/v1/contest-categories/${category.id}`;
  await json(
    await apiAs('staff', `${categoryPath}/rubric`, {
      method: 'PUT',
      headers: { 'if-match': (await etagOf(categoryPath)).etag },
      body: {
        criteria: [
          {
            name: 'Tính sáng tạo',
            description: 'Ý tưởng mới, khác với giải pháp đã có',
            weight: 3,
            maxScore: 10,
            levels: [
              { score: 0, description: 'Không có điểm mới' },
              { score: 5, description: 'Cải tiến một phần giải pháp đã có' },
              { score: 10, description: 'Ý tưởng hoàn toàn mới' },
            ],
          },
          { name: 'Tính khả thi', weight: 2, maxScore: 5, levels: [] },
          {
            name: 'Trình bày',
            weight: 1,
            maxScore: 10,
            levels: [{ score: 10, description: 'Rõ ràng, đầy đủ' }],
          },
        ],
      },
    }),
    'PUT rubric',
  );

  const entries: Setup['entries'] = [];
  for (const [i, consent] of [true, false].entries()) {
    const title = `Máy tưới cây tự động ${word} số ${i + 1}`;
    const school = `Trường THCS Thử Nghiệm ${word} ${i + 1}`;
    const entry = await json<Versioned>(
      await apiAs('staff', '/api/v1/contest-entries', {
        method: 'POST',
        headers: { 'idempotency-key': crypto.randomUUID() },
        body: {
          categoryId: category.id,
          title,
          description: 'Thiết bị đo độ ẩm đất và tự bật máy bơm.',
          howItWorks: 'Cảm biến độ ẩm điều khiển rơ-le qua vi điều khiển.',
          school,
          district: 'Thành phố Vinh',
          authors: [
            {
              fullName: i === 0 ? 'Nguyễn Thị Lan Anh' : 'Trần Văn Bình',
              dateOfBirth: `${birthYear}-03-15`,
              gender: i === 0 ? 'female' : 'male',
              school,
              grade: 7,
              district: 'Thành phố Vinh',
            },
          ],
        },
      }),
      'POST entry',
    );
    const entryPath = `/api/v1/contest-entries/${entry.id}`;
    if (consent) {
      await json(
        await apiAs('staff', `${entryPath}/consent`, {
          method: 'PUT',
          headers: { 'if-match': (await etagOf(entryPath)).etag },
          body: { consentPublic: true, note: 'Phiếu đồng ý của phụ huynh (thử nghiệm)' },
        }),
        'PUT consent',
      );
    }
    for (const status of ['submitted', 'eligible']) {
      await json(
        await apiAs('staff', `${entryPath}/transitions`, {
          method: 'POST',
          headers: { 'if-match': (await etagOf(entryPath)).etag },
          body: { status },
        }),
        `entry → ${status}`,
      );
    }
    entries.push({ id: entry.id, title, consent });
  }

  // Judging opens today: the office moves the dates.
  const current = await etagOf(editionPath);
  const keep = Object.fromEntries(
    EDITION_FIELDS.filter((k) => current.body[k] !== undefined && current.body[k] !== null).map((k) => [
      k,
      current.body[k],
    ]),
  );
  await json(
    await apiAs('staff', editionPath, {
      method: 'PUT',
      headers: { 'if-match': current.etag },
      body: { ...keep, ...dates([-4, -3, -2, 0, 1, 2]) },
    }),
    'PUT edition dates',
  );

  const judge = await json<Versioned>(
    await apiAs('staff', `${editionPath}/judges`, {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { fullName: `Giám khảo thử nghiệm ${word}`, username: 'judge', affiliation: 'Đại học Vinh' },
    }),
    'POST judge',
  );
  await json(
    await apiAs('staff', `/api/v1/contest-judges/${judge.id}/categories/${category.id}`, { method: 'PUT' }),
    'assign category',
  );
  return { editionId, editionName, categoryId: category.id, entries };
}

async function signedIn(browser: Browser, path: string, username: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 } } : {});
  const page = await context.newPage();
  await page.goto(path);
  await loginOnKeycloak(page, username);
  return page;
}

/** On the scoring screen: one score per criterion (by index), then submit and confirm. */
async function score(page: Page, scores: number[]): Promise<void> {
  const criteria = page.getByTestId('criterion');
  await expect(criteria).toHaveCount(scores.length);
  for (const [i, s] of scores.entries()) {
    await criteria.nth(i).getByTestId(`score-option-${s}`).click();
  }
  await page.getByTestId('criterion-comment').first().fill('Ý tưởng tốt, cần hoàn thiện thêm.');
  await page.getByTestId('overall-comment').fill('Bài có tính ứng dụng cao.');
  await page.getByTestId('submit-score').click();
  await page.getByTestId('confirm-submit-button').click();
  await expect(page.getByTestId('locked')).toBeVisible();
}

test('a judge scores on a phone, the office confirms the awards and publishes the results', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const word = randomWord();
  const setup = await prepare(word);
  const [winner, runnerUp] = setup.entries as [Setup['entries'][0], Setup['entries'][0]];

  // The judge, on a phone: the edition's entries, scored one after the other.
  const judge = await signedIn(browser, '/judging', 'judge', true);
  const edition = judge.getByTestId('my-edition').filter({ hasText: setup.editionName });
  await expect(edition.getByTestId('my-entry')).toHaveCount(2);
  await expectAccessible(judge, 'my entries to score');

  await edition.locator(`[data-entry-id="${winner.id}"]`).getByTestId('my-entry-link').click();
  await expect(judge.getByTestId('entry-title')).toHaveText(winner.title);
  // Blind judging: no author, school or district anywhere on the screen.
  await expect(judge.getByText('Nguyễn Thị Lan Anh')).toHaveCount(0);
  await expect(judge.getByText(`Trường THCS Thử Nghiệm ${word}`)).toHaveCount(0);
  await expect(judge.getByTestId('levels').first()).toContainText('Ý tưởng hoàn toàn mới');
  await expectAccessible(judge, 'scoring screen');
  // 9/10, 4/5, 8/10: 100 × (3·0.9 + 2·0.8 + 1·0.8) / 6 = 85
  await score(judge, [9, 4, 8]);
  await noToasts(judge);
  await expectAccessible(judge, 'submitted score sheet');

  await judge.getByRole('link', { name: /Danh sách bài chấm/ }).click();
  await edition.locator(`[data-entry-id="${runnerUp.id}"]`).getByTestId('my-entry-link').click();
  await expect(judge.getByTestId('entry-title')).toHaveText(runnerUp.title);
  await score(judge, [5, 3, 6]);
  await judge.getByRole('link', { name: /Danh sách bài chấm/ }).click();
  await expect(edition.getByTestId('my-progress')).toContainText('2/2');
  await judge.context().close();

  // The office: progress, ranking, confirmation, publication.
  const staff = await signedIn(browser, `/contest-board/editions/${setup.editionId}/judging`, 'staff');
  await expect(staff.getByTestId('progress-judge').filter({ hasText: word })).toHaveAttribute(
    'data-unfinished',
    'false',
  );
  await expectAccessible(staff, 'judging progress');
  await staff.goto(`/contest-board/editions/${setup.editionId}/judges`);
  await expect(staff.getByTestId('judge').filter({ hasText: word })).toBeVisible();
  await expectAccessible(staff, 'judges');

  await staff.goto(`/contest-board/categories/${setup.categoryId}/ranking`);
  const rows = staff.getByTestId('ranking-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-entry-id', winner.id);
  await expect(rows.first().getByTestId('proposed-award')).toContainText('Giải Nhất');
  await expectAccessible(staff, 'ranking');
  await staff.getByTestId('confirm-awards').click();
  await staff.getByTestId('confirm-awards-button').click();
  await expect(staff.getByTestId('ranking-page')).toHaveAttribute('data-confirmed', 'true');
  await expect(rows.first().getByTestId('confirmed-award')).toContainText('Giải Nhất');
  await noToasts(staff);

  await staff.getByTestId('judging-nav-results').click();
  await expect(staff.getByTestId('publication-state')).toHaveAttribute('data-published', 'false');
  await expect(staff.getByTestId('result-entry')).toHaveCount(2);
  await staff.getByTestId('publish').click();
  await staff.getByTestId('publication-confirm').click();
  await expect(staff.getByTestId('publication-state')).toHaveAttribute('data-published', 'true');
  await noToasts(staff);
  await expectAccessible(staff, 'results and nominations');
  await staff.context().close();

  // Anyone: the published results, authors only with consent.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(`/contests/${setup.editionId}/results`);
  const first = visitor.locator(`[data-testid="result-entry"][data-entry-id="${winner.id}"]`);
  await expect(first.getByTestId('result-title')).toHaveText(winner.title);
  await expect(first.getByTestId('award')).toHaveText('Giải Nhất');
  await expect(first.getByTestId('authors')).toContainText('Nguyễn Thị Lan Anh');
  const second = visitor.locator(`[data-testid="result-entry"][data-entry-id="${runnerUp.id}"]`);
  await expect(second.getByTestId('award')).toHaveText('Giải Nhì');
  await expect(second.getByTestId('authors-withheld')).toHaveText('Tác giả không công bố');
  await expect(visitor.getByText('Trần Văn Bình')).toHaveCount(0);
  await expectAccessible(visitor, 'public results');
  await context.close();
});
