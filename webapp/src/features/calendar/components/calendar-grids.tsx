import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '@/i18n';
import type { CalendarEvent } from '../api/calendar';
import { dayDate, daysOf } from '../api/dates';
import classes from './calendar.module.css';
import { EventChip } from './event-chip';

/** Events by the province days they touch. */
export function byDay(events: CalendarEvent[]): Map<string, CalendarEvent[]> {
  const map = new Map<string, CalendarEvent[]>();
  for (const e of events) {
    for (const d of daysOf(e.startsAt, e.endsAt)) {
      const list = map.get(d) ?? [];
      list.push(e);
      map.set(d, list);
    }
  }
  return map;
}

function dayLabel(day: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' }).format(dayDate(day));
}

export function WeekView({
  days,
  events,
  today,
}: {
  days: string[];
  events: CalendarEvent[];
  today: string;
}) {
  const { t } = useTranslation();
  const map = byDay(events);
  return (
    <div className={classes.week} data-testid="week-view">
      {days.map((day) => (
        <section
          key={day}
          className={`${classes.day} ${day === today ? classes.today : ''}`}
          aria-label={dayLabel(day, { weekday: 'long', day: 'numeric', month: 'long' })}
          data-day={day}
        >
          <Text fw={600} size="sm" component="h2">
            {dayLabel(day, { weekday: 'short', day: 'numeric', month: 'numeric' })}
          </Text>
          {(map.get(day) ?? []).map((e) => (
            <EventChip key={e.id} event={e} />
          ))}
          {(map.get(day) ?? []).length === 0 && (
            <Text size="xs" c="dimmed">
              {t('calendar.view.free')}
            </Text>
          )}
        </section>
      ))}
    </div>
  );
}

export function MonthView({
  days,
  month,
  events,
  today,
}: {
  days: string[];
  month: string;
  events: CalendarEvent[];
  today: string;
}) {
  const map = byDay(events);
  return (
    <div className={classes.month} data-testid="month-view">
      {days.slice(0, 7).map((day) => (
        <div key={`h${day}`} className={classes.head} aria-hidden>
          {dayLabel(day, { weekday: 'short' })}
        </div>
      ))}
      {days.map((day) => (
        <section
          key={day}
          className={`${classes.monthDay} ${day.slice(0, 7) !== month ? classes.outside : ''} ${day === today ? classes.today : ''}`}
          aria-label={dayLabel(day, { weekday: 'long', day: 'numeric', month: 'long' })}
          data-day={day}
        >
          <Text size="xs" fw={600} component="h2">
            {Number(day.slice(8))}
          </Text>
          {(map.get(day) ?? []).map((e) => (
            <EventChip key={e.id} event={e} />
          ))}
        </section>
      ))}
    </div>
  );
}
