import { listParams, param } from '@/components/list-page';
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

/** The directory state in the URL (shareable links); invalid values are dropped, not sent. */
export const expertSearchParams = listParams<SearchQuery>({
  q: param.text(),
  field: param.code(),
  qualification: param.code(),
  associationId: param.matching(UUID),
  availability: param.oneOf(AVAILABILITIES),
  membership: param.oneOf(MEMBERSHIPS),
  size: param.size(PAGE_SIZE, null, 100),
  page: param.page(),
});

export const parseSearchParams = expertSearchParams.parse;
export const toSearchParams = expertSearchParams.write;

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
