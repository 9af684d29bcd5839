import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { type ExportFormat, fileNameOf, saveBlob } from '@/lib/download';
import {
  type BatchInput,
  type IssueDistribution,
  type RecordInput,
  type RecordQuery,
  type RecordUpdate,
  distributionKeys,
} from './types';

// ---------------------------------------------------------------- issues and their records

/**
 * Published issues whose title or summary matches q (the Bulletins API, accent-insensitive), newest
 * month first: the options of the issue picker. Only published issues can be distributed.
 */
export function usePublishedIssues(q: string, enabled = true) {
  return useApiQuery(
    distributionKeys.issues(q.trim()),
    (signal) =>
      api().GET('/api/v1/bulletins', {
        params: { query: { status: 'published', q: q.trim() || undefined, sort: '-month', size: 20 } },
        signal,
      }),
    { enabled, keepPrevious: true, staleTime: 30_000 },
  );
}

export function useIssueDistribution(issueId: string | undefined, query: RecordQuery) {
  return useQuery({
    queryKey: distributionKeys.issueRecords(issueId ?? '', query),
    enabled: issueId !== undefined,
    // Another page or filter of the same issue keeps the table in place; another issue does not.
    placeholderData: (previous: IssueDistribution | undefined, previousQuery) =>
      previousQuery?.queryKey[2] === (issueId ?? '') ? previous : undefined,
    queryFn: async ({ signal }): Promise<IssueDistribution> =>
      unwrap(
        await api().GET('/api/v1/bulletins/{issueId}/distribution', {
          params: {
            path: { issueId: issueId ?? '' },
            query: { kind: query.kind, sort: query.sort, page: query.page, size: query.size },
          },
          signal,
        }),
      ),
  });
}

/** An issue's records as XLSX or CSV, with the page's kind filter and sort (every record). */
export async function downloadIssueDistributionExport(
  issueId: string,
  query: RecordQuery,
  format: ExportFormat,
): Promise<void> {
  const result = await api().GET('/api/v1/bulletins/{issueId}/distribution/export', {
    params: { path: { issueId }, query: { format, kind: query.kind, sort: query.sort } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `phat-hanh-tap-san.${format}`));
}

/** After a record changed: the issue's page, the year's totals and the recipients' record counts. */
function recordsChanged(issueId: string) {
  return {
    invalidate: [
      distributionKeys.issue(issueId),
      distributionKeys.totalsAll,
      distributionKeys.recipientLists,
      ['distribution', 'recipient'],
    ],
  };
}

export function useRecordDistribution(issueId: string) {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: RecordInput; idempotencyKey: string }) =>
      api().POST('/api/v1/bulletins/{issueId}/distribution', {
        body,
        params: { path: { issueId }, header: idempotent(idempotencyKey) },
      }),
    recordsChanged(issueId),
  );
}

export function useSendToList(issueId: string) {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: BatchInput; idempotencyKey: string }) =>
      api().POST('/api/v1/bulletins/{issueId}/distribution/batches', {
        body,
        params: { path: { issueId }, header: idempotent(idempotencyKey) },
      }),
    recordsChanged(issueId),
  );
}

export function useUpdateRecord(issueId: string) {
  return useApiMutation(
    ({ recordId, body, version }: { recordId: string; body: RecordUpdate; version: number }) =>
      api().PUT('/api/v1/bulletins/{issueId}/distribution/{recordId}', {
        body,
        params: { path: { issueId, recordId }, header: versioned(version) },
      }),
    recordsChanged(issueId),
  );
}

export function useDeleteRecord(issueId: string) {
  return useApiMutation(
    ({ recordId, version }: { recordId: string; version: number }) =>
      api().DELETE('/api/v1/bulletins/{issueId}/distribution/{recordId}', {
        params: { path: { issueId, recordId }, header: versioned(version) },
      }),
    recordsChanged(issueId),
  );
}

// ---------------------------------------------------------------- totals

export function useDistributionTotals(year: number) {
  return useApiQuery(
    distributionKeys.totals(year),
    (signal) => api().GET('/api/v1/distribution-totals', { params: { query: { year } }, signal }),
    { keepPrevious: true },
  );
}

/** A year's totals (months, the year, each kind of recipient) as XLSX or CSV. */
export async function downloadTotalsExport(year: number, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/distribution-totals/export', {
    params: { query: { format, year } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `tong-hop-phat-hanh-${year}.${format}`));
}
