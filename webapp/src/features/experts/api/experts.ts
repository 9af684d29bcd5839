import { useQueryClient } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
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
  return useApiQuery(
    expertKeys.search(query),
    (signal) =>
      api().GET('/api/v1/experts', { params: { query: { ...query, q: query.q || undefined } }, signal }),
    { keepPrevious: true },
  );
}

/** Downloads the search's hits (every page, as the caller may see them) as XLSX or CSV. */
export async function downloadExpertExport(query: SearchQuery, format: ExportFormat): Promise<void> {
  const { q, field, qualification, associationId, availability, membership } = query;
  const result = await api().GET('/api/v1/experts/export', {
    params: {
      query: { format, q: q || undefined, field, qualification, associationId, availability, membership },
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
  return useApiQuery(expertKeys.detail(id), (signal) =>
    api().GET('/api/v1/experts/{id}', { params: { path: { id } }, signal }),
  );
}

/** The signed-in expert's own profile; a 404 means the account is not linked to a profile yet. */
export function useMyExpertProfile() {
  return useApiQuery(expertKeys.mine, (signal) => api().GET('/api/v1/experts/me', { signal }));
}

/** After the expert saved their own profile: the page shows the saved version at once. */
export function useRememberMyProfile() {
  const queryClient = useQueryClient();
  return (saved: Expert) => queryClient.setQueryData(expertKeys.mine, saved);
}

const storeExpert: ApiMutationEffects<Expert, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(expertKeys.detail(saved.id), saved),
  invalidate: [['experts', 'search'], expertKeys.mine, EXPERT_VOCABULARY_KEY],
};

export function useCreateExpert() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: ExpertInput; idempotencyKey: string }) =>
      api().POST('/api/v1/experts', { body, params: { header: idempotent(idempotencyKey) } }),
    storeExpert,
  );
}

export function useUpdateExpert(id: string) {
  return useApiMutation(
    ({ body, version }: { body: ExpertInput; version: number }) =>
      api().PUT('/api/v1/experts/{id}', { body, params: { path: { id }, header: versioned(version) } }),
    storeExpert,
  );
}

export function useAcceptExpert() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().POST('/api/v1/experts/{id}/acceptance', { params: { path: { id }, header: versioned(version) } }),
    storeExpert,
  );
}

export function useDeleteExpert() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/experts/{id}', { params: { path: { id }, header: versioned(version) } }),
    {
      onSuccess: (_, { id }, queryClient) => queryClient.removeQueries({ queryKey: expertKeys.detail(id) }),
      invalidate: [['experts', 'search'], EXPERT_VOCABULARY_KEY],
    },
  );
}
