import { useMutation } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type SubscribeInput = components['schemas']['BulletinSubscriptionInput'];
export type SubscriptionAccepted = components['schemas']['BulletinSubscriptionAccepted'];
export type SubscriptionState = components['schemas']['BulletinSubscriptionState'];

/** A sign-up: the API answers the same for every address (a confirmation mail goes out when due). */
export function useSubscribe() {
  return useMutation({
    mutationFn: async (body: SubscribeInput) =>
      unwrap(await api().POST('/api/v1/bulletin-subscriptions', { body })),
  });
}

/** The confirmation link's secret, sent once when its landing page opens. */
export function useConfirmSubscription() {
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api().POST('/api/v1/bulletin-subscriptions/confirmations', { body: { token } })),
  });
}

/** The unsubscribe link's secret; repeating it is harmless. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api().POST('/api/v1/bulletin-subscriptions/unsubscriptions', { body: { token } })),
  });
}

/** A simple check before the API's own (one @, a dot in the domain, no spaces). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/.test(value.trim());
}
