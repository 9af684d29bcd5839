import { listParams, param, type Param } from '@/components/list-page';
import type { AssociationStatus, CongressStatus, ListQuery } from './associations';

export const STATUSES: AssociationStatus[] = ['active', 'suspended', 'dissolved'];
export const CONGRESS_STATUSES: CongressStatus[] = ['no_term', 'not_due', 'due', 'overdue', 'held'];
export const SORT_KEYS = ['name', 'field', 'memberCount', 'currentTermEnd', 'updatedAt'] as const;
export const PAGE_SIZES = [10, 20, 50, 100];

const DEFAULT_SORT = 'name';

/** A sort key of the list, ascending or descending ("-" first). */
const sortParam: Param<string> = {
  parse: (value) => {
    if (!value) return DEFAULT_SORT;
    const key = value.startsWith('-') ? value.slice(1) : value;
    return (SORT_KEYS as readonly string[]).includes(key) ? value : DEFAULT_SORT;
  },
  write: (sort) => (sort === DEFAULT_SORT ? undefined : sort),
};

/** The list state in the URL (shareable links); unknown or invalid values fall back to defaults. */
export const associationListParams = listParams<ListQuery>({
  q: param.text(Infinity),
  status: param.oneOf(STATUSES),
  field: param.text(Infinity),
  congressStatus: param.oneOf(CONGRESS_STATUSES),
  sort: sortParam,
  size: param.size(20, PAGE_SIZES, 100),
  page: param.page(),
});

export const parseListParams = associationListParams.parse;
export const toListParams = associationListParams.write;
