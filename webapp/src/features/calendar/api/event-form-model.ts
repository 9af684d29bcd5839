import type { CalendarEvent, CalendarEventInput, EventKind, Visibility } from './calendar';
import { provinceDay, provinceTime, toInstant } from './dates';

/** The editor's values, as typed; converted to the API's CalendarEventInput on submit. */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  day: string;
  startTime: string;
  endDay: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  chairUsername: string;
  chairName: string;
  /** Usernames, separated by commas or spaces. */
  users: string;
  associationIds: string[];
  /** External bodies, one a line. */
  externals: string;
  agenda: string;
  description: string;
  /** Documents, one a line: "title | url". */
  documents: string;
  visibility: Visibility;
  registrationOpen: boolean;
  capacity: string;
}

export type FieldName = keyof EventFormValues;
export type FormErrors = Partial<Record<FieldName, string>>;

export function emptyValues(day: string): EventFormValues {
  return {
    kind: 'meeting',
    title: '',
    day,
    startTime: '08:00',
    endDay: day,
    endTime: '11:00',
    place: '',
    onlineUrl: '',
    chairUsername: '',
    chairName: '',
    users: '',
    associationIds: [],
    externals: '',
    agenda: '',
    description: '',
    documents: '',
    visibility: 'members',
    registrationOpen: false,
    capacity: '',
  };
}

export function fromEvent(e: CalendarEvent): EventFormValues {
  return {
    kind: e.kind,
    title: e.title,
    day: provinceDay(e.startsAt),
    startTime: provinceTime(e.startsAt),
    endDay: provinceDay(e.endsAt),
    endTime: provinceTime(e.endsAt),
    place: e.place ?? '',
    onlineUrl: e.onlineUrl ?? '',
    chairUsername: e.chairUsername ?? '',
    chairName: e.chairName ?? '',
    users: e.participants
      .filter((p) => p.kind === 'user')
      .map((p) => p.username ?? '')
      .filter(Boolean)
      .join(', '),
    associationIds: e.participants.filter((p) => p.kind === 'association').map((p) => p.associationId ?? ''),
    externals: e.participants
      .filter((p) => p.kind === 'external')
      .map((p) => p.name ?? '')
      .join('\n'),
    agenda: e.agenda ?? '',
    description: e.description ?? '',
    documents: e.documents.map((d) => `${d.title} | ${d.url}`).join('\n'),
    visibility: e.visibility,
    registrationOpen: e.registration?.open ?? false,
    capacity: e.registration?.capacity != null ? String(e.registration.capacity) : '',
  };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** Client checks that mirror the API's; the API has the last word (its field errors are shown too). */
export function validate(v: EventFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.title.trim()) errors.title = 'calendar.form.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.day)) errors.day = 'calendar.form.required';
  if (!/^\d{2}:\d{2}$/.test(v.startTime)) errors.startTime = 'calendar.form.required';
  if (!/^\d{2}:\d{2}$/.test(v.endTime)) errors.endTime = 'calendar.form.required';
  if (
    !errors.day &&
    !errors.startTime &&
    !errors.endTime &&
    `${v.endDay}T${v.endTime}` <= `${v.day}T${v.startTime}`
  ) {
    errors.endTime = 'calendar.form.endAfterStart';
  }
  if (!v.place.trim() && !v.onlineUrl.trim()) errors.place = 'calendar.form.placeOrLink';
  if (v.onlineUrl.trim() && !/^https?:\/\/\S+$/.test(v.onlineUrl.trim()))
    errors.onlineUrl = 'calendar.form.url';
  if (v.capacity.trim() && !/^[1-9]\d{0,5}$/.test(v.capacity.trim()))
    errors.capacity = 'calendar.form.capacity';
  if (lines(v.documents).some((l) => !/^.+\|\s*(https?:\/\/|\/)\S+$/.test(l)))
    errors.documents = 'calendar.form.documents';
  return errors;
}

export function toInput(v: EventFormValues): CalendarEventInput {
  const users = v.users
    .split(/[\s,;]+/)
    .map((u) => u.trim().toLowerCase())
    .filter(Boolean);
  const workshop = v.kind === 'workshop';
  return {
    kind: v.kind,
    title: v.title.trim(),
    startsAt: toInstant(v.day, v.startTime),
    endsAt: toInstant(v.endDay || v.day, v.endTime),
    place: v.place.trim() || undefined,
    onlineUrl: v.onlineUrl.trim() || undefined,
    chairUsername: v.chairUsername.trim().toLowerCase() || undefined,
    chairName: v.chairName.trim() || undefined,
    participants: [
      ...users.map((username) => ({ kind: 'user' as const, username })),
      ...v.associationIds.map((associationId) => ({ kind: 'association' as const, associationId })),
      ...lines(v.externals).map((name) => ({ kind: 'external' as const, name })),
    ],
    documents: lines(v.documents).map((l) => {
      const at = l.lastIndexOf('|');
      return { title: l.slice(0, at).trim(), url: l.slice(at + 1).trim() };
    }),
    agenda: v.agenda.trim() || undefined,
    description: v.description.trim() || undefined,
    visibility: v.visibility,
    registrationOpen: workshop ? v.registrationOpen : undefined,
    capacity: workshop && v.capacity.trim() ? Number(v.capacity.trim()) : undefined,
  };
}

/** The form field an API field path belongs to. */
export function fieldOf(path: string): FieldName | undefined {
  if (path === 'startsAt') return 'startTime';
  if (path === 'endsAt') return 'endTime';
  if (path.startsWith('participants')) return 'users';
  if (path.startsWith('documents')) return 'documents';
  if (path === 'registrationOpen' || path === 'registrationClosesAt') return 'registrationOpen';
  const known: FieldName[] = [
    'title',
    'place',
    'onlineUrl',
    'chairUsername',
    'chairName',
    'agenda',
    'description',
    'visibility',
    'kind',
    'capacity',
  ];
  return known.find((k) => k === path);
}
