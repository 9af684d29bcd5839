import { Button, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExportMenu } from '@/components/list-page/export-menu';
import { ErrorState, LoadingState } from '@/components/page-states';
import { currentLocale } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { todayInProvince } from '@/lib/format';
import { downloadEventExport, useEvents } from '../api/calendar';
import { addDays, addMonths, dayDate, monthGrid, weekDays } from '../api/dates';
import { MonthView, WeekView } from '../components/calendar-grids';
import { FeedLink } from '../components/feed-link';
import { paths } from '@/config/paths';

/** The union's calendar: a week or a month (state in the URL: ?view=week|month&day=YYYY-MM-DD&mine=true). */
export default function CalendarPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const signedIn = auth.status === 'authenticated';
  const staff = signedIn && auth.hasRole('admin', 'staff');
  const [params, setParams] = useSearchParams();
  const today = todayInProvince();
  const view = params.get('view') === 'month' ? 'month' : 'week';
  const dayParam = params.get('day');
  const day = dayParam && /^\d{4}-\d{2}-\d{2}$/.test(dayParam) ? dayParam : today;
  const mine = signedIn && params.get('mine') === 'true';
  const days = view === 'week' ? weekDays(day) : monthGrid(day);
  const first = days[0] ?? day;
  const last = days[days.length - 1] ?? day;
  const events = useEvents(first, last, mine);

  const go = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) p.delete(k);
      else p.set(k, v);
    }
    setParams(p, { replace: true });
  };
  const step = (n: number) => go({ day: view === 'week' ? addDays(day, 7 * n) : addMonths(day, n) });
  const heading =
    view === 'month'
      ? new Intl.DateTimeFormat(currentLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          dayDate(`${day.slice(0, 7)}-01`),
        )
      : t('calendar.view.weekOf', {
          from: first.split('-').reverse().join('/'),
          to: last.split('-').reverse().join('/'),
        });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('calendar.title')}</Title>
        <Group gap="xs">
          <ExportMenu download={(format) => downloadEventExport(first, last, mine, format)} />
          {staff && (
            <Button component={Link} to={paths.calendar.create.getHref(day)} data-testid="new-event">
              {t('calendar.create.title')}
            </Button>
          )}
        </Group>
      </Group>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" onClick={() => step(-1)} data-testid="previous">
            {t('calendar.view.previous')}
          </Button>
          <Button variant="default" onClick={() => go({ day: undefined })}>
            {t('calendar.view.today')}
          </Button>
          <Button variant="default" onClick={() => step(1)} data-testid="next">
            {t('calendar.view.next')}
          </Button>
        </Group>
        <Text fw={600} aria-live="polite" data-testid="range-heading">
          {heading}
        </Text>
        <Group gap="md">
          {signedIn && (
            <Switch
              label={t('calendar.view.mine')}
              checked={mine}
              onChange={(e) => go({ mine: e.currentTarget.checked ? 'true' : undefined })}
            />
          )}
          <SegmentedControl
            aria-label={t('calendar.view.label')}
            value={view}
            onChange={(v) => go({ view: v === 'month' ? 'month' : undefined })}
            data={[
              { value: 'week', label: t('calendar.view.week') },
              { value: 'month', label: t('calendar.view.month') },
            ]}
            data-testid="view-switch"
          />
        </Group>
      </Group>
      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : view === 'week' ? (
        <WeekView days={days} events={events.data.items} today={today} />
      ) : (
        <MonthView days={days} month={day.slice(0, 7)} events={events.data.items} today={today} />
      )}
      <FeedLink signedIn={signedIn && auth.hasRole('admin', 'staff', 'association-officer', 'expert')} />
    </Stack>
  );
}
