import { ENTRY_STATUSES, type EntryQuery, type EntryStatus } from './contests';

export const PAGE_SIZES = [10, 20, 50, 100];
export const ENTRY_SORTS = [
  'number',
  '-number',
  'title',
  'school',
  'district',
  'status',
  '-updatedAt',
] as const;
const DEFAULT_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positiveInt(value: string | null, fallback: number, max = 100_000): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

function text(value: string | null, max = 200): string | undefined {
  return value?.trim().slice(0, max) || undefined;
}

function id(value: string | null): string | undefined {
  return value !== null && UUID.test(value) ? value : undefined;
}

/** The entries page's filters from the URL (shareable links); invalid values fall back to defaults. */
export function parseEntryParams(params: URLSearchParams): EntryQuery {
  const status = params.get('status');
  const grade = positiveInt(params.get('grade'), 0, 12);
  const size = positiveInt(params.get('size'), DEFAULT_SIZE);
  const sort = params.get('sort');
  return {
    edition: id(params.get('edition')),
    category: id(params.get('category')),
    status:
      status !== null && (ENTRY_STATUSES as string[]).includes(status) ? (status as EntryStatus) : undefined,
    district: text(params.get('district')),
    school: text(params.get('school')),
    grade: grade === 0 ? undefined : grade,
    q: text(params.get('q')),
    sort: sort !== null && (ENTRY_SORTS as readonly string[]).includes(sort) ? sort : ENTRY_SORTS[0],
    page: positiveInt(params.get('page'), 1),
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
  };
}

/** Writes the entries page's state to the URL, leaving out defaults so links stay short. */
export function toEntryParams(query: EntryQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['edition', 'category', 'status', 'district', 'school', 'q'] as const) {
    const value = query[key];
    if (value) out.set(key, value);
  }
  if (query.grade !== undefined) out.set('grade', String(query.grade));
  if (query.sort !== ENTRY_SORTS[0]) out.set('sort', query.sort);
  if (query.size !== DEFAULT_SIZE) out.set('size', String(query.size));
  if (query.page !== 1) out.set('page', String(query.page));
  return out;
}
