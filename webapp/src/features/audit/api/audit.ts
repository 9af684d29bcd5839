import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { fileNameFromDisposition, saveBlob, type ExportFormat } from '@/lib/download';

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: 'create' | 'update' | 'delete';
  from?: string;
  to?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 20;

/** The dates of the filter are days in the province's time zone (UTC+7, no daylight saving). */
function dayStart(date: string | undefined, plusDays = 0): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

export function parseAuditParams(p: URLSearchParams): AuditQuery {
  const action = p.get('action');
  const page = Number(p.get('page'));
  return {
    entityType: p.get('entityType') || undefined,
    entityId: p.get('entityId') || undefined,
    actor: p.get('actor') || undefined,
    action: action === 'create' || action === 'update' || action === 'delete' ? action : undefined,
    from: p.get('from') || undefined,
    to: p.get('to') || undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function toAuditParams(q: AuditQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) out.set(k, String(v));
  }
  return out;
}

/** Downloads the filtered log (every page) as XLSX or CSV. */
export async function downloadAuditExport(q: AuditQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/audit-events/export', {
    params: {
      query: {
        format,
        entityType: q.entityType,
        entityId: q.entityId,
        actor: q.actor,
        action: q.action,
        from: dayStart(q.from),
        to: dayStart(q.to, 1),
      },
    },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('content-disposition'), `nhat-ky.${format}`),
  );
}

export function useAuditEvents(q: AuditQuery) {
  return useQuery({
    queryKey: ['audit', q],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/audit-events', {
          params: {
            query: {
              entityType: q.entityType,
              entityId: q.entityId,
              actor: q.actor,
              action: q.action,
              from: dayStart(q.from),
              to: dayStart(q.to, 1),
              page: q.page,
              size: AUDIT_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
  });
}
