import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
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
  return useQuery({
    queryKey: [...calendarKeys.range(from, to, mine), kind ?? ''],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/calendar/events', {
          params: { query: { from, to, mine: mine || undefined, kind, size: 200 } },
          signal,
        }),
      ),
  });
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
  return useQuery({
    queryKey: calendarKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/calendar/events/{id}', { params: { path: { id } }, signal })),
  });
}

export function useRegistrations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: calendarKeys.registrations(id),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/calendar/events/{id}/registrations', {
          params: { path: { id }, query: { size: 100 } },
          signal,
        }),
      ),
  });
}

export function useFeedStatus(enabled: boolean) {
  return useQuery({
    queryKey: calendarKeys.feed,
    enabled,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/calendar/feed-token', { signal })),
  });
}

export function useCreateEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CalendarEventInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/calendar/events', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useUpdateEvent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: CalendarEventInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/calendar/events/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteEvent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api().DELETE('/api/v1/calendar/events/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

/** A registration: always 202 with the same message; the seat is held once the mailed link is followed. */
export function useRegister(id: string) {
  return useMutation({
    mutationFn: async ({ body }: { body: RegistrationInput }) =>
      unwrap(
        await api().POST('/api/v1/calendar/events/{id}/registrations', {
          params: { path: { id } },
          body,
        }),
      ),
  });
}

/** The secret of a registration's confirmation link: the seat is taken if one is left. */
export function useConfirmRegistration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api().POST('/api/v1/calendar/events/registration-confirmations', { body: { token } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useRotateFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api().POST('/api/v1/calendar/feed-token')),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.feed }),
  });
}
