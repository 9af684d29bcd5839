import { tk } from '@/i18n';
import type { EventKind, ParticipantKind, Visibility } from '../api/calendar';

export const KIND_LABEL: Record<EventKind, string> = {
  meeting: tk('calendar.kind.meeting'),
  work: tk('calendar.kind.work'),
  workshop: tk('calendar.kind.workshop'),
};

export const VISIBILITY_LABEL: Record<Visibility, string> = {
  everyone: tk('calendar.visibility.everyone'),
  members: tk('calendar.visibility.members'),
  office: tk('calendar.visibility.office'),
  participants: tk('calendar.visibility.participants'),
};

export const PARTICIPANT_LABEL: Record<ParticipantKind, string> = {
  user: tk('calendar.participantKind.user'),
  association: tk('calendar.participantKind.association'),
  external: tk('calendar.participantKind.external'),
};
