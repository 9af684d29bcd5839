import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';

export type Partner = components['schemas']['Partner'];
export type PartnerInput = components['schemas']['PartnerInput'];
export type PartnerPullStatus = components['schemas']['PartnerPullStatus'];
export type PartnerBulletin = components['schemas']['PartnerBulletin'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookAttempt = components['schemas']['WebhookAttempt'];
export type WebhookEvent = components['schemas']['WebhookEvent'];
export type DeliveryStatus = components['schemas']['DeliveryStatus'];
export type PartnerBulletinStatus = components['schemas']['Status'];
export type DeliveryPage = components['schemas']['PageDeliveryDto'];

/** In the API's order. */
export const WEBHOOK_EVENTS: WebhookEvent[] = ['issue_published', 'issue_updated', 'issue_withdrawn'];
export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'succeeded', 'failed', 'cancelled'];

/** The partner registry page's state (kept in the URL); sent as listPartners' parameters. */
export interface PartnerQuery {
  q?: string;
  active?: boolean;
  page: number;
  size: number;
}

/** A delivery log's state: a status filter and the page. */
export interface DeliveryQuery {
  status?: DeliveryStatus;
  page: number;
  size: number;
}

/** The public list of partners' bulletins. */
export interface PartnerBulletinQuery {
  q?: string;
  page: number;
  size: number;
}

export const partnerKeys = {
  all: ['partners'] as const,
  lists: ['partners', 'list'] as const,
  list: (query: PartnerQuery) => ['partners', 'list', query] as const,
  partner: (id: string) => ['partners', 'partner', id] as const,
  pull: (id: string) => ['partners', 'pull', id] as const,
  deliveriesOf: (id: string) => ['partners', 'deliveries', id] as const,
  deliveries: (id: string, query: DeliveryQuery) => ['partners', 'deliveries', id, query] as const,
  myDeliveries: (query: DeliveryQuery) => ['partners', 'my-deliveries', query] as const,
  me: ['partners', 'me'] as const,
  bulletins: (query: PartnerBulletinQuery) => ['partners', 'bulletins', query] as const,
};

/** While a delivery is still being tried, its log is read again every few seconds. */
export const DELIVERY_REFRESH_MS = 3000;

export function hasPending(deliveries: readonly WebhookDelivery[] | undefined): boolean {
  return !!deliveries?.some((d) => d.status === 'pending');
}

// ---------------------------------------------------------------- registry

export function usePartners(query: PartnerQuery) {
  return useApiQuery(
    partnerKeys.list(query),
    (signal) =>
      api().GET('/api/v1/partners', { params: { query: { ...query, q: query.q || undefined } }, signal }),
    { keepPrevious: true },
  );
}

export function usePartner(id: string) {
  return useApiQuery(partnerKeys.partner(id), (signal) =>
    api().GET('/api/v1/partners/{id}', { params: { path: { id } }, signal }),
  );
}

const storePartner: ApiMutationEffects<Partner, unknown> = {
  // The secret is shown once: never keep it in the cache.
  onSuccess: (saved, _, queryClient) =>
    queryClient.setQueryData(partnerKeys.partner(saved.id), { ...saved, webhookSecret: undefined }),
  invalidate: (saved) => [partnerKeys.lists, partnerKeys.pull(saved.id)],
};

export function useCreatePartner() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: PartnerInput; idempotencyKey: string }) =>
      api().POST('/api/v1/partners', { body, params: { header: idempotent(idempotencyKey) } }),
    storePartner,
  );
}

export function useUpdatePartner(id: string) {
  return useApiMutation(
    ({ body, version }: { body: PartnerInput; version: number }) =>
      api().PUT('/api/v1/partners/{id}', { body, params: { path: { id }, header: versioned(version) } }),
    storePartner,
  );
}

export function useDeletePartner() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/partners/{id}', { params: { path: { id }, header: versioned(version) } }),
    {
      onSuccess: (_, { id }, queryClient) => queryClient.removeQueries({ queryKey: partnerKeys.partner(id) }),
      invalidate: [partnerKeys.lists],
    },
  );
}

/** A new webhook signing secret: the answer is the only place it is ever shown. */
export function useRotateSecret(id: string) {
  return useApiMutation(
    () => api().POST('/api/v1/partners/{id}/webhook-secret', { params: { path: { id } } }),
    {
      invalidate: [partnerKeys.partner(id)],
    },
  );
}

// ---------------------------------------------------------------- pulling the partner's feed

export function usePullStatus(id: string, enabled: boolean) {
  return useApiQuery(
    partnerKeys.pull(id),
    (signal) => api().GET('/api/v1/partners/{id}/pull', { params: { path: { id } }, signal }),
    { enabled },
  );
}

export function usePullNow(id: string) {
  return useApiMutation(() => api().POST('/api/v1/partners/{id}/pull', { params: { path: { id } } }), {
    onSuccess: (status, _, queryClient) => queryClient.setQueryData(partnerKeys.pull(id), status),
  });
}

// ---------------------------------------------------------------- webhook deliveries

export function usePartnerDeliveries(id: string, query: DeliveryQuery) {
  return useQuery<DeliveryPage>({
    queryKey: partnerKeys.deliveries(id, query),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (hasPending(q.state.data?.items) ? DELIVERY_REFRESH_MS : false),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/partners/{id}/deliveries', {
          params: {
            path: { id },
            query: { status: query.status, page: query.page, size: query.size },
          },
          signal,
        }),
      ),
  });
}

export function useMyPartner(enabled = true) {
  return useApiQuery(partnerKeys.me, (signal) => api().GET('/api/v1/partners/me', { signal }), { enabled });
}

export function useMyDeliveries(query: DeliveryQuery) {
  return useQuery<DeliveryPage>({
    queryKey: partnerKeys.myDeliveries(query),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (hasPending(q.state.data?.items) ? DELIVERY_REFRESH_MS : false),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/partners/me/deliveries', {
          params: { query: { status: query.status, page: query.page, size: query.size } },
          signal,
        }),
      ),
  });
}

/** Sends a delivery again (same webhook-id, a fresh attempt budget); 202 with the queued delivery. */
export function useRedeliver() {
  return useApiMutation(
    (id: string) => api().POST('/api/v1/webhook-deliveries/{id}/redelivery', { params: { path: { id } } }),
    {
      invalidate: (delivery) => [partnerKeys.deliveriesOf(delivery.partnerId), ['partners', 'my-deliveries']],
    },
  );
}

// ---------------------------------------------------------------- partners' bulletins (public)

export function usePartnerBulletins(query: PartnerBulletinQuery) {
  return useApiQuery(
    partnerKeys.bulletins(query),
    (signal) =>
      api().GET('/api/v1/partner-bulletins', {
        params: { query: { q: query.q || undefined, page: query.page, size: query.size } },
        signal,
      }),
    { keepPrevious: true },
  );
}
