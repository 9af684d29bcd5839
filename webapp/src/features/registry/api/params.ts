import {
  DIRECTIONS,
  DOCUMENT_TYPES,
  type DocumentDirection,
  type DocumentQuery,
  type DocumentType,
} from './registry';

export const PAGE_SIZES = [10, 20, 50, 100];
export const DOCUMENT_SORTS = [
  '-documentDate,-number',
  'documentDate,number',
  '-createdAt',
  '-number',
] as const;
const DEFAULT_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInt(value: string | null, fallback: number, max = 100_000): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

function text(value: string | null, max = 200): string | undefined {
  return value?.trim().slice(0, max) || undefined;
}

function date(value: string | null): string | undefined {
  return value !== null && DATE.test(value) ? value : undefined;
}

/** The registry page's filters from the URL (shareable links); invalid values fall back to defaults. */
export function parseDocumentParams(params: URLSearchParams): DocumentQuery {
  const size = positiveInt(params.get('size'), DEFAULT_SIZE);
  return {
    q: text(params.get('q')),
    number: text(params.get('number'), 100),
    direction: oneOf<DocumentDirection>(params.get('direction'), DIRECTIONS),
    type: oneOf<DocumentType>(params.get('type'), DOCUMENT_TYPES),
    from: date(params.get('from')),
    to: date(params.get('to')),
    sort: oneOf(params.get('sort'), DOCUMENT_SORTS) ?? DOCUMENT_SORTS[0],
    page: positiveInt(params.get('page'), 1),
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
  };
}

/** Writes the registry page's state to the URL, leaving out defaults so links stay short. */
export function toDocumentParams(query: DocumentQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.number) out.set('number', query.number);
  if (query.direction) out.set('direction', query.direction);
  if (query.type) out.set('type', query.type);
  if (query.from) out.set('from', query.from);
  if (query.to) out.set('to', query.to);
  if (query.sort !== DOCUMENT_SORTS[0]) out.set('sort', query.sort);
  if (query.size !== DEFAULT_SIZE) out.set('size', String(query.size));
  if (query.page !== 1) out.set('page', String(query.page));
  return out;
}
