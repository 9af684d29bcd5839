import type { BrowserContext } from '@playwright/test';
import { env } from './env';
import type { ScreensData } from './screens-data';

/** The instant every timestamp of the API is shown as, and the browser's clock an hour later (Asia/Ho_Chi_Minh). */
export const FIXED_INSTANT = '2026-12-05T03:00:00Z';
export const FIXED_NOW = new Date('2026-12-07T02:00:00Z');

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
// Lists whose items are records other specs (and other test classes of the same run) also make: the
// screenshots keep only this spec's own records of them, so that they look the same in every run.
const RECORD_LISTS =
  /^\/api\/v1\/(associations|association-directory|experts|posts|public-posts|bulletins|bulletin-articles|programs|consultations|distribution-recipients|distribution-lists|contest-editions|contest-entries|official-documents|calendar\/events|partners|partner-bulletins|news)$/;

function freeze(value: unknown): unknown {
  if (typeof value === 'string') return INSTANT.test(value) ? FIXED_INSTANT : value;
  if (Array.isArray(value)) return value.map(freeze);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, freeze(v)]));
  }
  return value;
}

interface Facet {
  value: string;
  count: number;
}

/** Facet values counted again over the kept items (a value counts an item that carries it in any field). */
function recount(facets: Record<string, Facet[]>, items: Record<string, unknown>[]) {
  const carried = items.map((i) => new Set(JSON.stringify(i).match(/"[^"]*"/g) ?? []));
  return Object.fromEntries(
    Object.entries(facets).map(([group, values]) => [
      group,
      Array.isArray(values)
        ? values
            .map((f) => ({ ...f, count: carried.filter((c) => c.has(JSON.stringify(f.value))).length }))
            .filter((f) => f.count > 0)
        : values,
    ]),
  );
}

/**
 * The real API's answers, with what differs from run to run taken out: records of the lists above that this
 * spec did not make, and the moments things happened (creation, publication: the time of the run).
 */
export async function stabiliseApi(context: BrowserContext, data: ScreensData): Promise<void> {
  const own = new Set<string>(Object.values(data));
  await context.route(`${env.apiUrl}/api/v1/**`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const url = new URL(route.request().url());
    // The current contest is whichever another spec opened last: the screens show the page without one.
    if (url.pathname === '/api/v1/contest-editions/current') {
      return route.fulfill({
        status: 404,
        contentType: 'application/problem+json',
        json: { type: 'about:blank', title: 'Not Found', status: 404 },
      });
    }
    const isRecordList = RECORD_LISTS.test(url.pathname);
    // a whole page of the list, so that this spec's records are in it even when others' are newer
    const size = Number(url.searchParams.get('size') ?? 20);
    if (isRecordList) url.searchParams.set('size', '100');
    const response = await route.fetch({ url: url.toString() });
    if (!(response.headers()['content-type'] ?? '').includes('json')) return route.fulfill({ response });
    let body = (await response.json()) as Record<string, unknown>;
    if (isRecordList && Array.isArray(body.items)) {
      const items = (body.items as Record<string, unknown>[])
        .filter((i) => own.has(String(i.id)))
        .slice(0, size);
      body = {
        ...body,
        items,
        ...(body.facets ? { facets: recount(body.facets as Record<string, Facet[]>, items) } : {}),
        ...(typeof body.total === 'number' ? { total: items.length } : {}),
        ...(typeof body.size === 'number' ? { size } : {}),
      };
    }
    return route.fulfill({ response, json: freeze(body) });
  });
}
