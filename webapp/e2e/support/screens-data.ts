import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiAs, tokenOf } from './api';
import { json, PDF } from './data';
import { env } from './env';

export interface ScreensData {
  association: string;
  expert: string;
  news: string;
  issue: string;
  event: string;
}

// The records the screenshot comparisons show, with fixed content (no random word, no date of the run), made once
// per run of the stack: the first worker makes them and leaves their ids in a file named after the API's address
// (a new port each run); the other worker, and a retry, read them from there.

async function findOrCreate(
  list: string,
  matches: (item: Record<string, unknown>) => boolean,
  create: () => Promise<{ id: string }>,
): Promise<string> {
  const found = await json<{ items: Record<string, unknown>[] }>(await apiAs('staff', list), `GET ${list}`);
  const existing = found.items.find(matches);
  return existing ? String(existing.id) : (await create()).id;
}

const post = (path: string, body: unknown) =>
  apiAs('staff', path, { method: 'POST', headers: { 'idempotency-key': crypto.randomUUID() }, body });

const ASSOCIATION = 'Hội Hải dương học Nghệ An';
const EXPERT = 'Lê Thị Hồng Nhung';
const POST = 'Hội thảo khoa học về kinh tế biển Nghệ An';
const ISSUE = 'Tập san tháng Mười một: kinh tế biển';
const EVENT = 'Họp Ban Thường trực Liên hiệp hội';

async function makeRecords(): Promise<ScreensData> {
  const association = await findOrCreate(
    `/api/v1/associations?q=${encodeURIComponent(ASSOCIATION)}&size=100`,
    (a) => a.name === ASSOCIATION,
    async () =>
      json(
        await post('/api/v1/associations', {
          name: ASSOCIATION,
          abbreviation: 'HHDH',
          field: 'Khoa học biển',
          memberCount: 1234,
          description: 'Hội nghề nghiệp của các nhà khoa học biển trong tỉnh.',
        }),
        'POST association',
      ),
  );

  const expert = await findOrCreate(
    `/api/v1/experts?q=${encodeURIComponent(EXPERT)}&size=100`,
    (e) => e.fullName === EXPERT,
    async () =>
      json(
        await post('/api/v1/experts', {
          fullName: EXPERT,
          titleCode: 'PGS',
          degreeCode: 'TS',
          fieldCodes: ['y-te', 'thuy-loi'],
          keywords: ['y tế biển', 'nước sạch'],
          position: 'Trưởng khoa Y tế công cộng',
          organisation: 'Trường Đại học Y khoa Vinh',
          availability: 'available',
          biography: 'Nghiên cứu sức khỏe cộng đồng vùng ven biển và nước sạch nông thôn.',
          publications: [{ title: 'Nước sạch cho các xã ven biển Nghệ An', year: 2022 }],
        }),
        'POST expert',
      ),
  );

  const news = await findOrCreate(
    `/api/v1/posts?q=${encodeURIComponent(POST)}&size=100`,
    (p) => p.title === POST,
    async () => {
      const created = await json<{ id: string; version: number }>(
        await post('/api/v1/posts', {
          kind: 'news',
          title: POST,
          summary: 'Hơn 120 đại biểu bàn giải pháp phát triển kinh tế biển bền vững.',
          bodyHtml: '<p>Liên hiệp hội phối hợp với Hội Hải dương học tổ chức hội thảo tại Cửa Lò.</p>',
          audience: 'public',
        }),
        'POST post',
      );
      await json(
        await apiAs('staff', `/api/v1/posts/${created.id}/transitions`, {
          method: 'POST',
          headers: { 'if-match': `"${created.version}"` },
          body: { to: 'published' },
        }),
        'publish post',
      );
      return created;
    },
  );

  // One issue a month: November 2026 is this spec's (the other specs take random months centuries ahead).
  const issue = await findOrCreate(
    '/api/v1/bulletins?size=100',
    (i) => i.month === '2026-11',
    async () => {
      const created = await json<{ id: string }>(
        await post('/api/v1/bulletins', { volume: 12, number: 11, month: '2026-11', title: ISSUE }),
        'POST issue',
      );
      const etag = async () =>
        (await apiAs('staff', `/api/v1/bulletins/${created.id}`)).headers.get('etag') ?? '';
      await json(
        await fetch(`${env.apiUrl}/api/v1/bulletins/${created.id}/pdf?fileName=tap-san-11-2026.pdf`, {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${await tokenOf('staff')}`,
            'content-type': 'application/pdf',
            'if-match': await etag(),
          },
          body: PDF,
        }),
        'PUT pdf',
      );
      for (const to of ['in_review', 'published']) {
        await json(
          await apiAs('staff', `/api/v1/bulletins/${created.id}/transitions`, {
            method: 'POST',
            headers: { 'if-match': await etag() },
            body: { to },
          }),
          `issue to ${to}`,
        );
      }
      return created;
    },
  );

  const event = await findOrCreate(
    '/api/v1/calendar/events?from=2026-12-01&to=2026-12-31&size=100',
    (e) => e.title === EVENT,
    async () =>
      json(
        await post('/api/v1/calendar/events', {
          kind: 'meeting',
          title: EVENT,
          startsAt: '2026-12-10T08:00:00+07:00',
          endsAt: '2026-12-10T10:30:00+07:00',
          place: 'Phòng họp tầng 2, Liên hiệp hội',
          visibility: 'office',
        }),
        'POST event',
      ),
  );

  return { association, expert, news, issue, event };
}

export async function screensData(): Promise<ScreensData> {
  const dir = fileURLToPath(new URL('../../test-results/', import.meta.url));
  const name = `screens-data-${new URL(env.apiUrl).port}`;
  const file = `${dir}${name}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ScreensData;
  mkdirSync(dir, { recursive: true });
  let mine = false;
  try {
    openSync(`${dir}${name}.lock`, 'wx');
    mine = true;
  } catch {
    // the other worker is making them
  }
  if (mine) {
    writeFileSync(file, JSON.stringify(await makeRecords()));
  } else {
    for (let waited = 0; !existsSync(file); waited += 500) {
      if (waited > 90_000) throw new Error(`${file} did not appear: the other worker's set-up failed`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ScreensData;
}
