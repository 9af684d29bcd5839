import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarEvent } from '../api/calendar';
import { provinceTime } from '../api/dates';
import classes from './calendar.module.css';
import { KIND_LABEL } from './labels';
import { paths } from '@/config/paths';

/** "Double booked": a person of this event is booked elsewhere at the same time. */
export function ConflictBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge color="red.9" variant="filled" size="xs" data-testid="conflict-badge">
      {t('calendar.conflict.badge', { count })}
    </Badge>
  );
}

export function EventChip({ event }: { event: CalendarEvent }) {
  const { t } = useTranslation();
  return (
    <Link
      to={paths.calendar.event.getHref(event.id)}
      className={classes.chip}
      data-kind={event.kind}
      data-conflict={event.conflicts.length > 0}
      data-testid="event-chip"
    >
      <strong>{provinceTime(event.startsAt)}</strong> {event.title}
      <VisuallyHidden> ({t(KIND_LABEL[event.kind])})</VisuallyHidden>{' '}
      <ConflictBadge count={event.conflicts.length} />
    </Link>
  );
}
