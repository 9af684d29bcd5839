import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import {
  type DistributionList,
  type DistributionListInput,
  type ListQuery,
  type Recipient,
  type RecipientInput,
  type RecipientQuery,
  distributionKeys,
} from './types';

// ---------------------------------------------------------------- recipients

export function useRecipients(query: RecipientQuery) {
  const { q, district, ...rest } = query;
  return useApiQuery(
    distributionKeys.recipients(query),
    (signal) =>
      api().GET('/api/v1/distribution-recipients', {
        params: { query: { q: q || undefined, district: district || undefined, ...rest } },
        signal,
      }),
    { keepPrevious: true },
  );
}

/** Recipients matching q (accent-insensitive on the server), at most 20: the options of a recipient picker. */
export function useRecipientSearch(q: string, options: { activeOnly: boolean; enabled: boolean }) {
  return useApiQuery(
    distributionKeys.recipientSearch(q.trim(), options.activeOnly),
    (signal) =>
      api().GET('/api/v1/distribution-recipients', {
        params: {
          query: {
            q: q.trim() || undefined,
            active: options.activeOnly || undefined,
            sort: 'name',
            size: 20,
          },
        },
        signal,
      }),
    { enabled: options.enabled, keepPrevious: true },
  );
}

export function useRecipient(id: string) {
  return useApiQuery(distributionKeys.recipient(id), (signal) =>
    api().GET('/api/v1/distribution-recipients/{id}', { params: { path: { id } }, signal }),
  );
}

// Lists show their members' names, districts and active flags as they are now (a deleted one is taken off).
const RECIPIENT_VIEWS = [
  distributionKeys.recipientLists,
  ['distribution', 'recipient-search'],
  distributionKeys.listPages,
  ['distribution', 'list'],
];

const storeRecipient: ApiMutationEffects<Recipient, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(distributionKeys.recipient(saved.id), saved),
  invalidate: RECIPIENT_VIEWS,
};

export function useCreateRecipient() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: RecipientInput; idempotencyKey: string }) =>
      api().POST('/api/v1/distribution-recipients', { body, params: { header: idempotent(idempotencyKey) } }),
    storeRecipient,
  );
}

/** Edits a recipient; also how it is deactivated (active=false) or taken back. */
export function useUpdateRecipient(id: string) {
  return useApiMutation(
    ({ body, version }: { body: RecipientInput; version: number }) =>
      api().PUT('/api/v1/distribution-recipients/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeRecipient,
  );
}

export function useDeleteRecipient() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/distribution-recipients/{id}', {
        params: { path: { id }, header: versioned(version) },
      }),
    {
      onSuccess: (_, { id }, queryClient) =>
        queryClient.removeQueries({ queryKey: distributionKeys.recipient(id) }),
      invalidate: RECIPIENT_VIEWS,
    },
  );
}

// ---------------------------------------------------------------- lists

export function useDistributionLists(query: ListQuery) {
  return useApiQuery(
    distributionKeys.lists(query),
    (signal) =>
      api().GET('/api/v1/distribution-lists', {
        params: { query: { q: query.q || undefined, page: query.page, size: query.size } },
        signal,
      }),
    { keepPrevious: true },
  );
}

export function useDistributionList(id: string) {
  return useApiQuery(distributionKeys.list(id), (signal) =>
    api().GET('/api/v1/distribution-lists/{id}', { params: { path: { id } }, signal }),
  );
}

const storeList: ApiMutationEffects<DistributionList, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(distributionKeys.list(saved.id), saved),
  invalidate: [distributionKeys.listPages],
};

export function useCreateList() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: DistributionListInput; idempotencyKey: string }) =>
      api().POST('/api/v1/distribution-lists', { body, params: { header: idempotent(idempotencyKey) } }),
    storeList,
  );
}

export function useUpdateList(id: string) {
  return useApiMutation(
    ({ body, version }: { body: DistributionListInput; version: number }) =>
      api().PUT('/api/v1/distribution-lists/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeList,
  );
}

export function useDeleteList() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/distribution-lists/{id}', {
        params: { path: { id }, header: versioned(version) },
      }),
    {
      onSuccess: (_, { id }, queryClient) =>
        queryClient.removeQueries({ queryKey: distributionKeys.list(id) }),
      invalidate: [distributionKeys.listPages],
    },
  );
}
