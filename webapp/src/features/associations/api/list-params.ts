import type { AssociationStatus, CongressStatus, ListQuery } from './associations';

export const STATUSES: AssociationStatus[] = ['active', 'suspended', 'dissolved'];
export const CONGRESS_STATUSES: CongressStatus[] = ['no_term', 'not_due', 'due', 'overdue', 'held'];
export const SORT_KEYS = ['name', 'field', 'memberCount', 'currentTermEnd', 'updatedAt'] as const;
export const PAGE_SIZES = [10, 20, 50, 100];

const DEFAULTS = { page: 1, size: 20, sort: 'name' };

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

function validSort(value: string | null): string {
  if (!value) return DEFAULTS.sort;
  const key = value.startsWith('-') ? value.slice(1) : value;
  return (SORT_KEYS as readonly string[]).includes(key) ? value : DEFAULTS.sort;
}

/** Reads the list state from the URL (shareable links); unknown or invalid values fall back to defaults. */
export function parseListParams(params: URLSearchParams): ListQuery {
  return {
    q: params.get('q')?.trim() || undefined,
    status: oneOf(params.get('status'), STATUSES),
    field: params.get('field')?.trim() || undefined,
    congressStatus: oneOf(params.get('congressStatus'), CONGRESS_STATUSES),
    page: positiveInt(params.get('page'), DEFAULTS.page),
    size: PAGE_SIZES.includes(positiveInt(params.get('size'), DEFAULTS.size, 100))
      ? positiveInt(params.get('size'), DEFAULTS.size, 100)
      : DEFAULTS.size,
    sort: validSort(params.get('sort')),
  };
}

/** Writes the list state to the URL, leaving out defaults so links stay short. */
export function toListParams(query: ListQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.status) out.set('status', query.status);
  if (query.field) out.set('field', query.field);
  if (query.congressStatus) out.set('congressStatus', query.congressStatus);
  if (query.sort !== DEFAULTS.sort) out.set('sort', query.sort);
  if (query.size !== DEFAULTS.size) out.set('size', String(query.size));
  if (query.page !== DEFAULTS.page) out.set('page', String(query.page));
  return out;
}
