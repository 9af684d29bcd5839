import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { fileNameFromDisposition, saveBlob, type ExportFormat } from '@/lib/download';

export type AssociationSummary = components['schemas']['AssociationSummary'];
export type AssociationDetail = components['schemas']['AssociationDetail'];
export type AssociationInput = components['schemas']['AssociationInput'];
export type AssociationStatus = components['schemas']['AssociationStatus'];
export type CongressStatus = components['schemas']['CongressStatus'];
export type LeaderRole = components['schemas']['LeaderRole'];
/** The list page's state (kept in the URL); sent as the API's query parameters. */
export interface ListQuery {
  q?: string;
  status?: AssociationStatus;
  field?: string;
  congressStatus?: CongressStatus;
  page: number;
  size: number;
  sort: string;
}

export const associationKeys = {
  all: ['associations'] as const,
  list: (query: ListQuery) => ['associations', 'list', query] as const,
  detail: (id: string) => ['associations', 'detail', id] as const,
  officers: (id: string) => ['associations', 'officers', id] as const,
};

export function useAssociationList(query: ListQuery) {
  return useQuery({
    queryKey: associationKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/associations', {
          params: {
            query: {
              q: query.q || undefined,
              status: query.status,
              field: query.field || undefined,
              congressStatus: query.congressStatus,
              page: query.page,
              size: query.size,
              sort: query.sort,
            },
          },
          signal,
        }),
      ),
  });
}

/** Downloads the list as XLSX or CSV with the page's filters and sort (every page, not only the one shown). */
export async function downloadAssociationExport(query: ListQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/associations/export', {
    params: {
      query: {
        format,
        q: query.q || undefined,
        status: query.status,
        field: query.field || undefined,
        congressStatus: query.congressStatus,
        sort: query.sort,
      },
    },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('content-disposition'), `danh-sach-hoi.${format}`),
  );
}

export function useAssociation(id: string) {
  return useQuery({
    queryKey: associationKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/associations/{id}', { params: { path: { id } }, signal })),
  });
}

/**
 * The users who act for the association. The API allows it only to those who may manage the
 * association (staff, admin, its own officers), so the edit page also uses it as its access check.
 */
export function useAssociationOfficers(id: string) {
  return useQuery({
    queryKey: associationKeys.officers(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/associations/{associationId}/officers', {
          params: { path: { associationId: id } },
          signal,
        }),
      ),
  });
}

export function useCreateAssociation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: AssociationInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/associations', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(associationKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: associationKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useUpdateAssociation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: AssociationInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/associations/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(associationKeys.detail(id), updated);
      void queryClient.invalidateQueries({ queryKey: ['associations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useDeleteAssociation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/associations/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: associationKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: associationKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
