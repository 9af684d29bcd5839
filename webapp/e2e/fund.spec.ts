import { expect, test } from '@playwright/test';
import { apiAs, tokenOf } from './support/api';
import { PDF, json, randomWord } from './support/data';
import { env, withoutAccents } from './support/env';
import { expectAccessible } from './support/fixtures';

// The fund's calls (issue #19) as everyone sees them: the office opens a call of the S&T activities fund through
// the API, with its rubric and its rules as a PDF; an anonymous visitor finds it in the public list without
// accents, reads its budget (grouped as Vietnamese write it), who may apply, until when, and how applications are
// assessed, and downloads its rules. A draft call is not listed.

const word = `qht${randomWord()}`;
const title = `Quỹ hỗ trợ hoạt động khoa học và công nghệ năm 2027 ${word}`;
const draftTitle = `Đợt kêu gọi còn nháp ${word}`;
let callId = '';

test.beforeAll(async () => {
  const now = Date.now();
  const body = (t: string) => ({
    kind: 'grant',
    title: t,
    description:
      'Hỗ trợ các hội thành viên tổ chức hội thảo, tư vấn, phản biện và phổ biến kiến thức khoa học.',
    budgetVnd: 500_000_000,
    eligibility: 'both',
    fields: ['nong-nghiep', 'y-te'],
    rubric: [
      { code: 'tinh-moi', name: 'Tính mới và tính cấp thiết', weight: 40, maxScore: 10 },
      { code: 'kha-thi', name: 'Tính khả thi', weight: 35, maxScore: 10 },
      { code: 'hieu-qua', name: 'Hiệu quả kinh tế - xã hội', weight: 25, maxScore: 10 },
    ],
    opensAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + 30 * 86_400_000).toISOString(),
  });
  const create = async (t: string) =>
    (
      await json<{ id: string }>(
        await apiAs('staff', '/api/v1/fund-calls', { method: 'POST', body: body(t) }),
        'POST fund call',
      )
    ).id;
  callId = await create(title);
  await create(draftTitle);
  const etag = async () => (await apiAs('staff', `/api/v1/fund-calls/${callId}`)).headers.get('etag') ?? '';
  const upload = await fetch(`${env.apiUrl}/api/v1/fund-calls/${callId}/documents?fileName=the-le-quy.pdf`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenOf('staff')}`,
      'content-type': 'application/pdf',
      'if-match': await etag(),
    },
    body: PDF,
  });
  await json(upload, 'POST call document');
  await json(
    await apiAs('staff', `/api/v1/fund-calls/${callId}/transitions`, {
      method: 'POST',
      headers: { 'if-match': await etag() },
      body: { to: 'open' },
    }),
    'open the call',
  );
});

test('anyone finds an open call, reads its terms and downloads its rules', async ({ page }) => {
  await page.goto('/fund-calls');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quỹ hỗ trợ và đề xuất nhiệm vụ');
  const query = withoutAccents(`quỹ hỗ trợ ${word}`);
  await page.getByLabel('Tìm đợt kêu gọi').fill(query);
  await page.getByLabel('Tìm đợt kêu gọi').press('Enter');
  const card = page.getByTestId('call-card').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('call-accepting')).toHaveText('Đang nhận hồ sơ');
  await expect(card).toContainText('Kinh phí 500.000.000 ₫');
  await expect(page.getByTestId('call-card').filter({ hasText: draftTitle })).toHaveCount(0);
  await expectAccessible(page, 'fund calls');

  await card.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/fund-calls/${callId}$`));
  await expect(page.getByTestId('call-title')).toHaveText(title);
  await expect(page.getByTestId('call-essentials')).toContainText('Tổng kinh phí: 500.000.000 ₫');
  await expect(page.getByTestId('call-essentials')).toContainText(
    'Đối tượng nộp hồ sơ: các hội thành viên và chuyên gia trong mạng lưới',
  );
  await expect(page.getByTestId('call-rubric').getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('call-rubric')).toContainText('40 %');
  // the rules download anonymously from the link's address
  const href = await page.getByRole('link', { name: 'the-le-quy.pdf' }).getAttribute('href');
  const rules = await page.request.get(href!);
  expect(rules.status()).toBe(200);
  expect(rules.headers()['content-type']).toContain('application/pdf');
  expect(Buffer.from(await rules.body()).equals(PDF)).toBe(true);
  await expectAccessible(page, 'fund call');
});
