import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link } from 'react-router';
import { BarChart } from '@/components/bar-chart';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, formatNumber } from '@/lib/format';
import { ExecutiveTiles } from '../components/executive-tiles';
import { ProgramProgressCard } from '../components/program-progress-card';
import {
  CONGRESS_STATUSES,
  STATUSES,
  countOf,
  useAssociationStatistics,
  useCongressAttention,
} from '../api/dashboard';
import { paths } from '@/config/paths';

const STATUS_KEYS = {
  active: tk('association.status.active'),
  suspended: tk('association.status.suspended'),
  dissolved: tk('association.status.dissolved'),
};
const CONGRESS_KEYS = {
  no_term: tk('association.congressStatus.no_term'),
  not_due: tk('association.congressStatus.not_due'),
  due: tk('association.congressStatus.due'),
  overdue: tk('association.congressStatus.overdue'),
  held: tk('association.congressStatus.held'),
};
const CONGRESS_COLORS = {
  no_term: '#868e96',
  not_due: '#1971c2',
  due: '#e8590c',
  overdue: '#c92a2a',
  held: '#099268',
};

function StatCard({ label, value, testId }: { label: string; value: number | undefined; testId: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value === undefined ? '…' : formatNumber(value)}
      </Text>
    </Card>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const stats = useAssociationStatistics();
  const [overdue, due] = useCongressAttention();
  const staff = auth.hasRole('staff', 'admin');
  const seesPrograms = auth.hasRole('admin', 'staff', 'association-officer');
  const mine = auth.me?.associationIds ?? [];

  const attention = [...(overdue?.data?.items ?? []), ...(due?.data?.items ?? [])];

  return (
    <Stack gap="md">
      <Title order={1}>{t('dashboard.title')}</Title>
      {staff && <ExecutiveTiles />}
      {stats.error ? <ErrorState error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {mine.length > 0 && (
        <Card withBorder>
          <Text fw={600}>{t('dashboard.yourAssociations')}</Text>
          <Group gap="sm" mt="xs">
            {mine.map((id) => (
              <Anchor component={Link} to={paths.associations.detail.getHref(id)} key={id}>
                {t('dashboard.openAssociation')}
              </Anchor>
            ))}
          </Group>
        </Card>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label={t('dashboard.total')} value={stats.data?.total} testId="count-total" />
        {STATUSES.map((s) =>
          staff || s === 'active' ? (
            <StatCard
              key={s}
              label={t(STATUS_KEYS[s])}
              value={countOf(stats.data, { status: s })}
              testId={`count-${s}`}
            />
          ) : null,
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder component="section" aria-labelledby="chart-title">
          <Title order={2} size="h3" id="chart-title" mb="sm">
            {t('dashboard.congressChart')}
          </Title>
          {stats.data ? (
            <BarChart
              title={t('dashboard.congressChart')}
              formatValue={(n) => formatNumber(n)}
              data={CONGRESS_STATUSES.map((s) => ({
                key: s,
                label: t(CONGRESS_KEYS[s]),
                value: countOf(stats.data, { congressStatus: s }) ?? 0,
                color: CONGRESS_COLORS[s],
              }))}
            />
          ) : (
            <LoadingState />
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="attention-title">
          <Title order={2} size="h3" id="attention-title" mb="sm">
            {t('dashboard.attention')}
          </Title>
          {overdue?.isPending || due?.isPending ? (
            <LoadingState />
          ) : overdue?.error || due?.error ? (
            <ErrorState error={overdue?.error ?? due?.error} />
          ) : attention.length === 0 ? (
            <EmptyState message={t('dashboard.noAttention')} />
          ) : (
            <ListTable
              columns={[
                t('association.field.name'),
                t('association.field.currentTermEnd'),
                t('association.field.congressStatus'),
              ]}
              minWidth={360}
              testId="attention-table"
              striped={false}
            >
              {attention.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.associations.detail.getHref(a.id)}>
                      {a.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(a.currentTermEnd)}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={a.congressStatus === 'overdue' ? 'red' : 'orange'}>
                      {t(CONGRESS_KEYS[a.congressStatus])}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
          <Anchor
            component={Link}
            to={paths.associations.list.getHref({ congressStatus: 'overdue' })}
            size="sm"
            mt="sm"
            display="block"
          >
            {t('dashboard.seeAllOverdue')}
          </Anchor>
        </Card>
      </SimpleGrid>
      {seesPrograms && <ProgramProgressCard />}
    </Stack>
  );
}
