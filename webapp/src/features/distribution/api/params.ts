import {
  RECIPIENT_KINDS,
  type ListQuery,
  type RecipientKind,
  type RecipientQuery,
  type RecordQuery,
} from './distribution';

export const PAGE_SIZES = [10, 20, 50, 100];
export const RECIPIENT_SORTS = ['district,name', 'name', 'kind,name', '-copies', '-updatedAt'] as const;
export const RECORD_SORTS = ['district,recipient', 'recipient', '-sentOn', '-copies', '-createdAt'] as const;
const DEFAULT_SIZE = 20;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInt(value: string | null, fallback: number, max = 100_000): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

function pageSize(value: string | null): number {
  const size = positiveInt(value, DEFAULT_SIZE);
  return PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE;
}

function text(value: string | null, max = 200): string | undefined {
  return value?.trim().slice(0, max) || undefined;
}

function setCommon(out: URLSearchParams, query: { page: number; size: number }) {
  if (query.size !== DEFAULT_SIZE) out.set('size', String(query.size));
  if (query.page !== 1) out.set('page', String(query.page));
}

/** The recipients page's filters from the URL (shareable links); invalid values fall back to defaults. */
export function parseRecipientParams(params: URLSearchParams): RecipientQuery {
  const active = params.get('active');
  return {
    q: text(params.get('q')),
    kind: oneOf<RecipientKind>(params.get('kind'), RECIPIENT_KINDS),
    district: text(params.get('district')),
    active: active === 'true' ? true : active === 'false' ? false : undefined,
    sort: oneOf(params.get('sort'), RECIPIENT_SORTS) ?? RECIPIENT_SORTS[0],
    page: positiveInt(params.get('page'), 1),
    size: pageSize(params.get('size')),
  };
}

/** Writes the recipients page's state to the URL, leaving out defaults so links stay short. */
export function toRecipientParams(query: RecipientQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.kind) out.set('kind', query.kind);
  if (query.district) out.set('district', query.district);
  if (query.active !== undefined) out.set('active', String(query.active));
  if (query.sort !== RECIPIENT_SORTS[0]) out.set('sort', query.sort);
  setCommon(out, query);
  return out;
}

export function parseListParams(params: URLSearchParams): ListQuery {
  return {
    q: text(params.get('q')),
    page: positiveInt(params.get('page'), 1),
    size: pageSize(params.get('size')),
  };
}

export function toListParams(query: ListQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  setCommon(out, query);
  return out;
}

/** An issue's records page: the kind filter, sort and page from the URL. */
export function parseRecordParams(params: URLSearchParams): RecordQuery {
  return {
    kind: oneOf<RecipientKind>(params.get('kind'), RECIPIENT_KINDS),
    sort: oneOf(params.get('sort'), RECORD_SORTS) ?? RECORD_SORTS[0],
    page: positiveInt(params.get('page'), 1),
    size: pageSize(params.get('size')),
  };
}

export function toRecordParams(query: RecordQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.kind) out.set('kind', query.kind);
  if (query.sort !== RECORD_SORTS[0]) out.set('sort', query.sort);
  setCommon(out, query);
  return out;
}
