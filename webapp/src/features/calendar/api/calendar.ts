import { api, type components } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { fileNameFromDisposition, saveBlob, type ExportFormat } from '@/lib/download';

export type CalendarEvent = components['schemas']['CalendarEvent'];
export type CalendarEventInput = components['schemas']['CalendarEventInput'];
export type EventKind = components['schemas']['CalendarEventKind'];
export type Visibility = components['schemas']['CalendarVisibility'];
export type ParticipantKind = components['schemas']['CalendarParticipantKind'];
export type Registration = components['schemas']['CalendarRegistration'];
export type RegistrationInput = components['schemas']['CalendarRegistrationInput'];
export type FeedToken = components['schemas']['CalendarFeedToken'];

export const EVENT_KINDS: EventKind[] = ['meeting', 'work', 'workshop'];
export const VISIBILITIES: Visibility[] = ['everyone', 'members', 'office', 'participants'];

export const calendarKeys = {
  all: ['calendar'] as const,
  range: (from: string, to: string, mine: boolean) => ['calendar', 'range', from, to, mine] as const,
  detail: (id: string) => ['calendar', 'detail', id] as const,
  registrations: (id: string) => ['calendar', 'registrations', id] as const,
  feed: ['calendar', 'feed'] as const,
};

/** Events overlapping the days from..to (YYYY-MM-DD, Asia/Ho_Chi_Minh), as many as a month view holds. */
export function useEvents(from: string, to: string, mine = false, kind?: EventKind) {
  return useApiQuery(
    [...calendarKeys.range(from, to, mine), kind ?? ''],
    (signal) =>
      api().GET('/api/v1/calendar/events', {
        params: { query: { from, to, mine: mine || undefined, kind, size: 200 } },
        signal,
      }),
    { keepPrevious: true },
  );
}

/** Downloads the events of the days from..to (what the caller may see) as XLSX or CSV. */
export async function downloadEventExport(
  from: string,
  to: string,
  mine: boolean,
  format: ExportFormat,
): Promise<void> {
  const result = await api().GET('/api/v1/calendar/events/export', {
    params: { query: { format, from, to, mine: mine || undefined } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('content-disposition'), `lich-cong-tac.${format}`),
  );
}

/** A workshop's registrants as XLSX or CSV (the office), saved under the API's name. */
export async function downloadRegistrationsExport(id: string, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/calendar/events/{id}/registrations/export', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('content-disposition'), `dang-ky-hoi-thao.${format}`),
  );
}

export function useEvent(id: string) {
  return useApiQuery(calendarKeys.detail(id), (signal) =>
    api().GET('/api/v1/calendar/events/{id}', { params: { path: { id } }, signal }),
  );
}

export function useRegistrations(id: string, enabled: boolean) {
  return useApiQuery(
    calendarKeys.registrations(id),
    (signal) =>
      api().GET('/api/v1/calendar/events/{id}/registrations', {
        params: { path: { id }, query: { size: 100 } },
        signal,
      }),
    { enabled },
  );
}

export function useFeedStatus(enabled: boolean) {
  return useApiQuery(calendarKeys.feed, (signal) => api().GET('/api/v1/calendar/feed-token', { signal }), {
    enabled,
  });
}

// Every view of the calendar shows the events as they are now (the mutation waits for them).
const EVERY_VIEW = { invalidate: [calendarKeys.all], wait: true };

export function useCreateEvent() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: CalendarEventInput; idempotencyKey: string }) =>
      api().POST('/api/v1/calendar/events', { params: { header: idempotent(idempotencyKey) }, body }),
    EVERY_VIEW,
  );
}

export function useUpdateEvent(id: string) {
  return useApiMutation(
    ({ body, version }: { body: CalendarEventInput; version: number }) =>
      api().PUT('/api/v1/calendar/events/{id}', {
        params: { path: { id }, header: versioned(version) },
        body,
      }),
    EVERY_VIEW,
  );
}

export function useDeleteEvent(id: string) {
  return useApiMutation(
    (version: number) =>
      api().DELETE('/api/v1/calendar/events/{id}', { params: { path: { id }, header: versioned(version) } }),
    EVERY_VIEW,
  );
}

/** A registration: always 202 with the same message; the seat is held once the mailed link is followed. */
export function useRegister(id: string) {
  return useApiMutation(({ body }: { body: RegistrationInput }) =>
    api().POST('/api/v1/calendar/events/{id}/registrations', { params: { path: { id } }, body }),
  );
}

/** The secret of a registration's confirmation link: the seat is taken if one is left. */
export function useConfirmRegistration() {
  return useApiMutation(
    (token: string) => api().POST('/api/v1/calendar/events/registration-confirmations', { body: { token } }),
    EVERY_VIEW,
  );
}

export function useRotateFeed() {
  return useApiMutation(() => api().POST('/api/v1/calendar/feed-token'), {
    invalidate: [calendarKeys.feed],
    wait: true,
  });
}
