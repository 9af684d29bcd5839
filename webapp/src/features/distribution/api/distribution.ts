import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { type ExportFormat, fileNameOf, saveBlob } from '@/lib/download';

export type Recipient = components['schemas']['DistributionRecipient'];
export type RecipientInput = components['schemas']['DistributionRecipientInput'];
export type RecipientKind = components['schemas']['RecipientKind'];
export type DeliveryMethod = components['schemas']['DeliveryMethod'];
export type DistributionList = components['schemas']['DistributionList'];
export type DistributionListSummary = components['schemas']['DistributionListSummary'];
export type DistributionListInput = components['schemas']['DistributionListInput'];
export type DistributionListMember = components['schemas']['DistributionListMember'];
export type DistributionRecord = components['schemas']['DistributionRecord'];
export type RecordInput = components['schemas']['DistributionRecordInput'];
export type RecordUpdate = components['schemas']['DistributionRecordUpdate'];
export type BatchInput = components['schemas']['DistributionBatchInput'];
export type BatchResult = components['schemas']['DistributionBatchResult'];
export type SkipReason = components['schemas']['DistributionSkipReason'];
export type KindTotal = components['schemas']['DistributionKindTotal'];
export type MonthTotal = components['schemas']['DistributionMonthTotal'];
export type DistributionTotals = components['schemas']['DistributionTotals'];
export type IssueDistribution = components['schemas']['IssueDistribution'];
export type IssueRef = components['schemas']['BulletinIssueRef'];
export type IssueSummary = components['schemas']['BulletinIssueSummary'];
export type IssueStatus = components['schemas']['IssueStatus'];

/** In the API's order (the totals per kind come in this order too). */
export const RECIPIENT_KINDS: RecipientKind[] = [
  'commune',
  'ward',
  'town',
  'department',
  'partner_union',
  'other',
];
/** Communes, wards and towns: they need their district. */
export const LOCAL_KINDS: readonly RecipientKind[] = ['commune', 'ward', 'town'];
export const DELIVERY_METHODS: DeliveryMethod[] = ['post', 'in_person', 'courier', 'other'];

/** The recipients page's state (kept in the URL); sent as listDistributionRecipients' parameters. */
export interface RecipientQuery {
  q?: string;
  kind?: RecipientKind;
  district?: string;
  active?: boolean;
  sort: string;
  page: number;
  size: number;
}

export interface ListQuery {
  q?: string;
  page: number;
  size: number;
}

export interface RecordQuery {
  kind?: RecipientKind;
  sort: string;
  page: number;
  size: number;
}

export const distributionKeys = {
  all: ['distribution'] as const,
  recipientLists: ['distribution', 'recipients'] as const,
  recipients: (query: RecipientQuery) => ['distribution', 'recipients', query] as const,
  recipientSearch: (q: string, activeOnly: boolean) =>
    ['distribution', 'recipient-search', q, activeOnly] as const,
  recipient: (id: string) => ['distribution', 'recipient', id] as const,
  listPages: ['distribution', 'lists'] as const,
  lists: (query: ListQuery) => ['distribution', 'lists', query] as const,
  list: (id: string) => ['distribution', 'list', id] as const,
  issues: (q: string) => ['distribution', 'issues', q] as const,
  issue: (issueId: string) => ['distribution', 'issue', issueId] as const,
  issueRecords: (issueId: string, query: RecordQuery) => ['distribution', 'issue', issueId, query] as const,
  totalsAll: ['distribution', 'totals'] as const,
  totals: (year: number) => ['distribution', 'totals', year] as const,
};

// ---------------------------------------------------------------- recipients

export function useRecipients(query: RecipientQuery) {
  return useQuery({
    queryKey: distributionKeys.recipients(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/distribution-recipients', {
          params: {
            query: {
              q: query.q || undefined,
              kind: query.kind,
              district: query.district || undefined,
              active: query.active,
              sort: query.sort,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

/** Recipients matching q (accent-insensitive on the server), at most 20: the options of a recipient picker. */
export function useRecipientSearch(q: string, options: { activeOnly: boolean; enabled: boolean }) {
  return useQuery({
    queryKey: distributionKeys.recipientSearch(q.trim(), options.activeOnly),
    enabled: options.enabled,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/distribution-recipients', {
          params: {
            query: {
              q: q.trim() || undefined,
              active: options.activeOnly ? true : undefined,
              sort: 'name',
              size: 20,
            },
          },
          signal,
        }),
      ),
  });
}

export function useRecipient(id: string) {
  return useQuery({
    queryKey: distributionKeys.recipient(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/distribution-recipients/{id}', { params: { path: { id } }, signal })),
  });
}

function useStoreRecipient() {
  const queryClient = useQueryClient();
  return (saved: Recipient) => {
    queryClient.setQueryData(distributionKeys.recipient(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: distributionKeys.recipientLists });
    void queryClient.invalidateQueries({ queryKey: ['distribution', 'recipient-search'] });
    // Lists show their members' names, districts and active flags as they are now.
    void queryClient.invalidateQueries({ queryKey: distributionKeys.listPages });
    void queryClient.invalidateQueries({ queryKey: ['distribution', 'list'] });
  };
}

export function useCreateRecipient() {
  const store = useStoreRecipient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: RecipientInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/distribution-recipients', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

/** Edits a recipient; also how it is deactivated (active=false) or taken back. */
export function useUpdateRecipient(id: string) {
  const store = useStoreRecipient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: RecipientInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/distribution-recipients/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteRecipient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/distribution-recipients/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: distributionKeys.recipient(id) });
      void queryClient.invalidateQueries({ queryKey: distributionKeys.recipientLists });
      void queryClient.invalidateQueries({ queryKey: ['distribution', 'recipient-search'] });
      // It is taken off the lists that held it.
      void queryClient.invalidateQueries({ queryKey: distributionKeys.listPages });
      void queryClient.invalidateQueries({ queryKey: ['distribution', 'list'] });
    },
  });
}

// ---------------------------------------------------------------- lists

export function useDistributionLists(query: ListQuery) {
  return useQuery({
    queryKey: distributionKeys.lists(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/distribution-lists', {
          params: { query: { q: query.q || undefined, page: query.page, size: query.size } },
          signal,
        }),
      ),
  });
}

export function useDistributionList(id: string) {
  return useQuery({
    queryKey: distributionKeys.list(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/distribution-lists/{id}', { params: { path: { id } }, signal })),
  });
}

function useStoreList() {
  const queryClient = useQueryClient();
  return (saved: DistributionList) => {
    queryClient.setQueryData(distributionKeys.list(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: distributionKeys.listPages });
  };
}

export function useCreateList() {
  const store = useStoreList();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: DistributionListInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/distribution-lists', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useUpdateList(id: string) {
  const store = useStoreList();
  return useMutation({
    mutationFn: async ({ body, version }: { body: DistributionListInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/distribution-lists/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/distribution-lists/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: distributionKeys.list(id) });
      void queryClient.invalidateQueries({ queryKey: distributionKeys.listPages });
    },
  });
}

// ---------------------------------------------------------------- issues and their records

/**
 * Published issues whose title or summary matches q (the Bulletins API, accent-insensitive), newest
 * month first: the options of the issue picker. Only published issues can be distributed.
 */
export function usePublishedIssues(q: string, enabled = true) {
  return useQuery({
    queryKey: distributionKeys.issues(q.trim()),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/bulletins', {
          params: { query: { status: 'published', q: q.trim() || undefined, sort: '-month', size: 20 } },
          signal,
        }),
      ),
  });
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
function useRecordsChanged(issueId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: distributionKeys.issue(issueId) });
    void queryClient.invalidateQueries({ queryKey: distributionKeys.totalsAll });
    void queryClient.invalidateQueries({ queryKey: distributionKeys.recipientLists });
    void queryClient.invalidateQueries({ queryKey: ['distribution', 'recipient'] });
  };
}

export function useRecordDistribution(issueId: string) {
  const changed = useRecordsChanged(issueId);
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: RecordInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/bulletins/{issueId}/distribution', {
          body,
          params: { path: { issueId }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: changed,
  });
}

export function useSendToList(issueId: string) {
  const changed = useRecordsChanged(issueId);
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: BatchInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/bulletins/{issueId}/distribution/batches', {
          body,
          params: { path: { issueId }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: changed,
  });
}

export function useUpdateRecord(issueId: string) {
  const changed = useRecordsChanged(issueId);
  return useMutation({
    mutationFn: async ({
      recordId,
      body,
      version,
    }: {
      recordId: string;
      body: RecordUpdate;
      version: number;
    }) =>
      unwrap(
        await api().PUT('/api/v1/bulletins/{issueId}/distribution/{recordId}', {
          body,
          params: { path: { issueId, recordId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: changed,
  });
}

export function useDeleteRecord(issueId: string) {
  const changed = useRecordsChanged(issueId);
  return useMutation({
    mutationFn: async ({ recordId, version }: { recordId: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/bulletins/{issueId}/distribution/{recordId}', {
          params: { path: { issueId, recordId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: changed,
  });
}

// ---------------------------------------------------------------- totals

export function useDistributionTotals(year: number) {
  return useQuery({
    queryKey: distributionKeys.totals(year),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/distribution-totals', { params: { query: { year } }, signal })),
  });
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
