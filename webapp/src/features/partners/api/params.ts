import {
  DELIVERY_STATUSES,
  type DeliveryQuery,
  type DeliveryStatus,
  type PartnerBulletinQuery,
  type PartnerQuery,
} from './partners';

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_SIZE = 20;

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

/** The partner registry's filters from the URL; invalid values fall back to defaults. */
export function parsePartnerParams(params: URLSearchParams): PartnerQuery {
  const active = params.get('active');
  return {
    q: text(params.get('q')),
    active: active === 'true' ? true : active === 'false' ? false : undefined,
    page: positiveInt(params.get('page'), 1),
    size: pageSize(params.get('size')),
  };
}

/** Writes the registry's state to the URL, leaving out defaults so links stay short. */
export function toPartnerParams(query: PartnerQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.active !== undefined) out.set('active', String(query.active));
  setCommon(out, query);
  return out;
}

export function parseDeliveryParams(params: URLSearchParams): DeliveryQuery {
  const status = params.get('status');
  return {
    status: DELIVERY_STATUSES.includes(status as DeliveryStatus) ? (status as DeliveryStatus) : undefined,
    page: positiveInt(params.get('page'), 1),
    size: pageSize(params.get('size')),
  };
}

export function toDeliveryParams(query: DeliveryQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.status) out.set('status', query.status);
  setCommon(out, query);
  return out;
}

export function parseBulletinParams(params: URLSearchParams): PartnerBulletinQuery {
  return {
    q: text(params.get('q')),
    page: positiveInt(params.get('page'), 1),
    size: pageSize(params.get('size')),
  };
}

export function toBulletinParams(query: PartnerBulletinQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  setCommon(out, query);
  return out;
}
