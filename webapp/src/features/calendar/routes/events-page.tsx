import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody } from '@/components/list-page';
import { formatDateTime, todayInProvince } from '@/lib/format';
import { useEvents, type EventKind } from '../api/calendar';
import { addDays } from '../api/dates';
import { KIND_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

/** Upcoming events (the next three months) that the caller may see; workshops take registrations from their page. */
export default function EventsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = todayInProvince();
  const kind = params.get('kind') === 'workshop' ? ('workshop' as EventKind) : undefined;
  const events = useEvents(today, addDays(today, 90), false, kind);

  return (
    <Stack gap="md">
      <Title order={1}>{t('calendar.events.title')}</Title>
      <Text size="sm">
        <Anchor component={Link} to={paths.calendar.month.getHref()}>
          {t('calendar.events.toCalendar')}
        </Anchor>
      </Text>
      <SegmentedControl
        aria-label={t('calendar.field.kind')}
        value={kind ?? 'all'}
        onChange={(v) => setParams(v === 'workshop' ? { kind: 'workshop' } : {}, { replace: true })}
        data={[
          { value: 'all', label: t('calendar.events.all') },
          { value: 'workshop', label: t('calendar.events.workshops') },
        ]}
        w="fit-content"
      />
      <ListBody list={events} empty={t('calendar.events.none')}>
        {(data) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0 }} data-testid="event-list">
            {data.items.map((e) => (
              <Card withBorder component="li" key={e.id} data-testid="event-card">
                <Group justify="space-between" wrap="wrap">
                  <Anchor component={Link} to={paths.calendar.event.getHref(e.id)} fw={600}>
                    {e.title}
                  </Anchor>
                  <Badge variant="light" color="dark">
                    {t(KIND_LABEL[e.kind])}
                  </Badge>
                </Group>
                <Text size="sm">
                  {formatDateTime(e.startsAt)} · {e.place ?? t('calendar.detail.online')}
                </Text>
                {e.registration?.acceptingNow && (
                  <Text size="sm" fw={600}>
                    {t('calendar.events.registrationOpen')}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </ListBody>
    </Stack>
  );
}
