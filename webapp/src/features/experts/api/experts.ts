import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { EXPERT_VOCABULARY_KEY } from '@/lib/api/expert-vocabulary';
import { unwrap } from '@/lib/api/problem';
import { fileNameFromDisposition, saveBlob, type ExportFormat } from '@/lib/download';

export type Expert = components['schemas']['Expert'];
export type ExpertInput = components['schemas']['ExpertInput'];
export type ExpertSummary = components['schemas']['ExpertSummary'];
export type ExpertSearchPage = components['schemas']['ExpertSearchPage'];
export type ExpertFacets = components['schemas']['ExpertFacets'];
export type FacetValue = components['schemas']['FacetValue'];
export type ExpertVocabulary = components['schemas']['ExpertVocabulary'];
export type ExpertiseField = components['schemas']['ExpertiseField'];
export type Qualification = components['schemas']['Qualification'];
export type Publication = components['schemas']['Publication'];
export type Availability = components['schemas']['Availability'];
export type Membership = components['schemas']['Membership'];
export type Visibility = components['schemas']['Visibility'];

/** The directory's state (kept in the URL); sent as the API's query parameters. */
export interface SearchQuery {
  q?: string;
  field?: string;
  qualification?: string;
  associationId?: string;
  availability?: Availability;
  /** "proposed": profiles waiting for the office (staff only). */
  membership?: Membership;
  page: number;
  size: number;
}

export const expertKeys = {
  all: ['experts'] as const,
  search: (query: SearchQuery) => ['experts', 'search', query] as const,
  detail: (id: string) => ['experts', 'detail', id] as const,
  mine: ['experts', 'me'] as const,
};

export function useExpertSearch(query: SearchQuery) {
  return useQuery({
    queryKey: expertKeys.search(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/experts', {
          params: {
            query: {
              q: query.q || undefined,
              field: query.field,
              qualification: query.qualification,
              associationId: query.associationId,
              availability: query.availability,
              membership: query.membership,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

/** Downloads the search's hits (every page, as the caller may see them) as XLSX or CSV. */
export async function downloadExpertExport(query: SearchQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/experts/export', {
    params: {
      query: {
        format,
        q: query.q || undefined,
        field: query.field,
        qualification: query.qualification,
        associationId: query.associationId,
        availability: query.availability,
        membership: query.membership,
      },
    },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('content-disposition'), `chuyen-gia.${format}`),
  );
}

export function useExpert(id: string) {
  return useQuery({
    queryKey: expertKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/experts/{id}', { params: { path: { id } }, signal })),
  });
}

/** The signed-in expert's own profile; a 404 means the account is not linked to a profile yet. */
export function useMyExpertProfile() {
  return useQuery({
    queryKey: expertKeys.mine,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/experts/me', { signal })),
  });
}

/** After the expert saved their own profile: the page shows the saved version at once. */
export function useRememberMyProfile() {
  const queryClient = useQueryClient();
  return (saved: Expert) => queryClient.setQueryData(expertKeys.mine, saved);
}

function useStoreExpert() {
  const queryClient = useQueryClient();
  return (saved: Expert) => {
    queryClient.setQueryData(expertKeys.detail(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: ['experts', 'search'] });
    void queryClient.invalidateQueries({ queryKey: expertKeys.mine });
    void queryClient.invalidateQueries({ queryKey: EXPERT_VOCABULARY_KEY });
  };
}

export function useCreateExpert() {
  const store = useStoreExpert();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ExpertInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/experts', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useUpdateExpert(id: string) {
  const store = useStoreExpert();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ExpertInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/experts/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useAcceptExpert() {
  const store = useStoreExpert();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().POST('/api/v1/experts/{id}/acceptance', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteExpert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/experts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: expertKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['experts', 'search'] });
      void queryClient.invalidateQueries({ queryKey: EXPERT_VOCABULARY_KEY });
    },
  });
}
