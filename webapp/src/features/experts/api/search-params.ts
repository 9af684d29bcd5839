import type { Availability, Membership, SearchQuery } from './experts';

export const AVAILABILITIES: Availability[] = ['available', 'busy', 'retired'];
export const MEMBERSHIPS: Membership[] = ['proposed', 'active'];
export const PAGE_SIZE = 20;

/** The filters a facet click sets; each is one query parameter of the API. */
export type FilterKey = 'field' | 'qualification' | 'associationId' | 'availability' | 'membership';
export const FILTER_KEYS: FilterKey[] = [
  'field',
  'qualification',
  'associationId',
  'availability',
  'membership',
];

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const CODE = /^[A-Za-z0-9-]{1,60}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function matching(value: string | null, pattern: RegExp): string | undefined {
  const v = value?.trim();
  return v && pattern.test(v) ? v : undefined;
}

function positiveInt(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** Reads the directory state from the URL (shareable links); invalid values are dropped, not sent. */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  return {
    q: params.get('q')?.trim().slice(0, 200) || undefined,
    field: matching(params.get('field'), CODE),
    qualification: matching(params.get('qualification'), CODE),
    associationId: matching(params.get('associationId'), UUID),
    availability: oneOf(params.get('availability'), AVAILABILITIES),
    membership: oneOf(params.get('membership'), MEMBERSHIPS),
    page: positiveInt(params.get('page'), 1, 100_000),
    size: positiveInt(params.get('size'), PAGE_SIZE, 100),
  };
}

/** Writes the directory state to the URL, leaving out defaults so links stay short. */
export function toSearchParams(query: SearchQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) out.set(key, value);
  }
  if (query.size !== PAGE_SIZE) out.set('size', String(query.size));
  if (query.page !== 1) out.set('page', String(query.page));
  return out;
}

/** The filters in force, in a stable order (for the removable chips). */
export function activeFilters(query: SearchQuery): { key: FilterKey; value: string }[] {
  return FILTER_KEYS.flatMap((key) => {
    const value = query[key];
    return value ? [{ key, value }] : [];
  });
}

/**
 * The query after a click on a facet value: selects it, or clears it when it is already selected.
 * Any change of filters starts again from the first page.
 */
export function toggleFilter(query: SearchQuery, key: FilterKey, value: string): SearchQuery {
  const selected = query[key] === value;
  return { ...query, [key]: selected ? undefined : value, page: 1 };
}

export function clearFilters(query: SearchQuery): SearchQuery {
  return { q: query.q, page: 1, size: query.size };
}
