import { useSearchParams } from 'react-router';

/**
 * A list page's state (filters, sort, page) lives in the URL's search parameters: links can be shared and
 * Back works. A page describes its parameters once as a schema of fields; parse reads them (an unknown or
 * invalid value falls back to its default, so a tampered link still shows a list) and write puts them
 * back in the schema's order, leaving out defaults so links stay short.
 */
export interface Param<T, Q = never> {
  parse(raw: string | null): T;
  /** The text to put in the URL, or undefined to leave the parameter out (its default). */
  write(value: T, query: Q): string | undefined;
}

/** One field a parameter of the query's type (a key of the query that is not in the URL cannot be missed). */
export type Schema<Q> = { [K in keyof Q]-?: Param<Q[K], Q> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9-]{1,60}$/;
export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;

/** A whole number from fallback's range: digits only, between 1 and max. */
export function positiveInt(value: string | null, fallback: number, max = 100_000): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function optional<T>(parse: (raw: string | null) => T | undefined): Param<T | undefined> {
  return { parse, write: (v) => (v === undefined || v === '' ? undefined : String(v)) };
}

export const param = {
  /** Trimmed words, cut at max characters; empty is absent. */
  text: (max = 200) => optional((v) => v?.trim().slice(0, max) || undefined),
  /** A value matching pattern (after trimming), else absent. */
  matching: (pattern: RegExp) =>
    optional((raw) => {
      const v = raw?.trim();
      return v && pattern.test(v) ? v : undefined;
    }),
  /** A code of the vocabularies (letters, digits and hyphens). */
  code: () => param.matching(CODE),
  uuid: () => optional((v) => (v !== null && UUID.test(v) ? v : undefined)),
  /** An ISO date (yyyy-mm-dd). */
  date: () => optional((v) => (v !== null && DATE.test(v) ? v : undefined)),
  /** One of the allowed values, else absent. */
  oneOf: <T extends string>(allowed: readonly T[]) => optional((v) => oneOf(v, allowed)),
  /** One of the allowed values, else the first (the default, left out of the URL). */
  choice: <T extends string>(allowed: readonly T[], fallback: T = allowed[0] as T): Param<T> => ({
    parse: (v) => oneOf(v, allowed) ?? fallback,
    write: (v) => (v === fallback ? undefined : v),
  }),
  /** true, false or absent. */
  bool: () => optional((v) => (v === 'true' ? true : v === 'false' ? false : undefined)),
  /** Only "true" counts: a switch that is off when absent. */
  flag: (): Param<boolean | undefined> => ({
    parse: (v) => (v === 'true' ? true : undefined),
    write: (v) => (v ? 'true' : undefined),
  }),
  /** A whole number from 1 to max, else absent. */
  int: (max = 100_000) =>
    optional((v) => {
      const n = positiveInt(v, 0, max);
      return n === 0 ? undefined : n;
    }),
  /** The page number, from 1. */
  page: (): Param<number> => ({
    parse: (v) => positiveInt(v, 1),
    write: (v) => (v === 1 ? undefined : String(v)),
  }),
  /** The page size: one of sizes (any from 1 to max when sizes is null), else the default. */
  size: (
    fallback = DEFAULT_PAGE_SIZE,
    sizes: readonly number[] | null = PAGE_SIZES,
    max = 100_000,
  ): Param<number> => ({
    parse: (v) => {
      const n = positiveInt(v, fallback, max);
      return sizes === null || sizes.includes(n) ? n : fallback;
    },
    write: (v) => (v === fallback ? undefined : String(v)),
  }),
};

/** A field written only when the rest of the query says it applies (e.g. a filter of one tab). */
export function onlyWhen<T, Q>(field: Param<T>, applies: (query: Q) => boolean): Param<T, Q> {
  return {
    parse: field.parse,
    write: (v, query) => (applies(query) ? field.write(v, undefined as never) : undefined),
  };
}

export interface ListParams<Q> {
  parse(params: URLSearchParams): Q;
  write(query: Q): URLSearchParams;
}

export function listParams<Q>(schema: Schema<Q>): ListParams<Q> {
  const keys = Object.keys(schema) as (keyof Q & string)[];
  return {
    parse(params) {
      const query = {} as Q;
      for (const key of keys) query[key] = schema[key].parse(params.get(key));
      return query;
    },
    write(query) {
      const out = new URLSearchParams();
      for (const key of keys) {
        const text = schema[key].write(query[key], query);
        if (text !== undefined) out.set(key, text);
      }
      return out;
    },
  };
}

/** What a paged list query has. */
export interface Paged {
  page: number;
  size?: number;
}

/**
 * The list state of the current URL and the ways to change it: go replaces it, update changes filters
 * and starts again from the first page (the old page may not exist in the new result), setPage only
 * turns pages.
 */
export function useListState<Q extends Paged>(definition: ListParams<Q>) {
  const [params, setParams] = useSearchParams();
  const query = definition.parse(params);
  const go = (next: Q) => setParams(definition.write(next));
  const update = (change: Partial<Q>) => go({ ...query, page: 1, ...change });
  const setPage = (page: number) => go({ ...query, page });
  const pager = (result: PagedResult, sizes: readonly number[] | null = PAGE_SIZES) =>
    listPager(query, go, result, sizes);
  return { query, params, go, update, setPage, pager };
}

export interface PagedResult {
  total: number;
  totalExact?: boolean;
}

/**
 * ListPagination's props for a result of query: its total, the page links and, when sizes are given, the
 * page size (a new size starts again from the first page).
 */
export function listPager<Q extends Paged>(
  query: Q,
  go: (next: Q) => void,
  result: PagedResult,
  sizes: readonly number[] | null = PAGE_SIZES,
) {
  return {
    page: query.page,
    size: query.size ?? DEFAULT_PAGE_SIZE,
    total: result.total,
    totalExact: result.totalExact,
    onChange: (page: number) => go({ ...query, page }),
    pageSizes: sizes ?? undefined,
    onSizeChange: sizes ? (size: number) => go({ ...query, size, page: 1 }) : undefined,
  };
}
