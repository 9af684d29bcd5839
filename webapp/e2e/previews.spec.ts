import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { json, randomWord } from './support/data';

// What a social network or chat app reads of a shared link: it runs no JavaScript, so the page's HTML itself must
// carry the Open Graph tags (the web server asks the API's preview for crawlers, as nginx does in production).
const CRAWLER = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';

async function post(title: string, publish: boolean): Promise<string> {
  const created = await json<{ id: string; version: number }>(
    await apiAs('staff', '/api/v1/posts', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        kind: 'news',
        title,
        summary: 'Đại biểu các hội thành viên bàn về kinh tế biển.',
        bodyHtml: '<p>Hội thảo tổ chức tại Cửa Lò.</p>',
        audience: 'public',
      },
    }),
    'POST post',
  );
  if (publish) {
    await json(
      await apiAs('staff', `/api/v1/posts/${created.id}/transitions`, {
        method: 'POST',
        headers: { 'if-match': `"${created.version}"` },
        body: { to: 'published' },
      }),
      'publish post',
    );
  }
  return created.id;
}

const attribute = (html: string, selector: RegExp) => selector.exec(html)?.[1];

test('a shared link of a news post shows its title and summary to a crawler, a draft only the site', async ({
  request,
  page,
}) => {
  const title = `Hội thảo kinh tế biển ${randomWord()}`;
  const published = await post(title, true);
  const draftTitle = `Bản nháp chưa đăng ${randomWord()}`;
  const draft = await post(draftTitle, false);

  const shared = await request.get(`/news/${published}`, { headers: { 'user-agent': CRAWLER } });
  expect(shared.status()).toBe(200);
  const html = await shared.text();
  expect(attribute(html, /<meta property="og:title" content="([^"]*)"/)).toBe(title);
  expect(attribute(html, /<meta property="og:description" content="([^"]*)"/)).toBe(
    'Đại biểu các hội thành viên bàn về kinh tế biển.',
  );
  expect(attribute(html, /<meta name="description" content="([^"]*)"/)).toBe(
    'Đại biểu các hội thành viên bàn về kinh tế biển.',
  );
  expect(attribute(html, /<meta property="og:type" content="([^"]*)"/)).toBe('article');
  expect(attribute(html, /<meta property="og:url" content="([^"]*)"/)).toMatch(
    new RegExp(`/news/${published}$`),
  );
  expect(attribute(html, /<meta property="og:site_name" content="([^"]*)"/)).toMatch(
    /^Liên hiệp các hội KH&amp;KT \S/,
  );
  expect(attribute(html, /<title>([^<]*)<\/title>/)).toContain(title);

  const hidden = await (await request.get(`/news/${draft}`, { headers: { 'user-agent': CRAWLER } })).text();
  expect(hidden).not.toContain(draftTitle);
  expect(attribute(hidden, /<meta property="og:title" content="([^"]*)"/)).toMatch(
    /^Liên hiệp các hội KH&amp;KT /,
  );

  // a person's browser gets the SPA, which sets the title and the description itself
  const person = await (await request.get(`/news/${published}`)).text();
  expect(person).toContain('<div id="root">');
  await page.goto(`/news/${published}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title} · `));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'Đại biểu các hội thành viên bàn về kinh tế biển.',
  );
});
