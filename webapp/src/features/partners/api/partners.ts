import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
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
  return useQuery({
    queryKey: partnerKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/partners', {
          params: {
            query: {
              q: query.q || undefined,
              active: query.active,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.partner(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/partners/{id}', { params: { path: { id } }, signal })),
  });
}

function useStorePartner() {
  const queryClient = useQueryClient();
  return (saved: Partner) => {
    // The secret is shown once: never keep it in the cache.
    queryClient.setQueryData(partnerKeys.partner(saved.id), { ...saved, webhookSecret: undefined });
    void queryClient.invalidateQueries({ queryKey: partnerKeys.lists });
    void queryClient.invalidateQueries({ queryKey: partnerKeys.pull(saved.id) });
  };
}

export function useCreatePartner() {
  const store = useStorePartner();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: PartnerInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/partners', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useUpdatePartner(id: string) {
  const store = useStorePartner();
  return useMutation({
    mutationFn: async ({ body, version }: { body: PartnerInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/partners/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeletePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/partners/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: partnerKeys.partner(id) });
      void queryClient.invalidateQueries({ queryKey: partnerKeys.lists });
    },
  });
}

/** A new webhook signing secret: the answer is the only place it is ever shown. */
export function useRotateSecret(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api().POST('/api/v1/partners/{id}/webhook-secret', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: partnerKeys.partner(id) }),
  });
}

// ---------------------------------------------------------------- pulling the partner's feed

export function usePullStatus(id: string, enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.pull(id),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/partners/{id}/pull', { params: { path: { id } }, signal })),
  });
}

export function usePullNow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api().POST('/api/v1/partners/{id}/pull', { params: { path: { id } } })),
    onSuccess: (status) => queryClient.setQueryData(partnerKeys.pull(id), status),
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
  return useQuery({
    queryKey: partnerKeys.me,
    enabled,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/partners/me', { signal })),
  });
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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api().POST('/api/v1/webhook-deliveries/{id}/redelivery', { params: { path: { id } } })),
    onSuccess: (delivery) => {
      void queryClient.invalidateQueries({ queryKey: partnerKeys.deliveriesOf(delivery.partnerId) });
      void queryClient.invalidateQueries({ queryKey: ['partners', 'my-deliveries'] });
    },
  });
}

// ---------------------------------------------------------------- partners' bulletins (public)

export function usePartnerBulletins(query: PartnerBulletinQuery) {
  return useQuery({
    queryKey: partnerKeys.bulletins(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/partner-bulletins', {
          params: { query: { q: query.q || undefined, page: query.page, size: query.size } },
          signal,
        }),
      ),
  });
}
