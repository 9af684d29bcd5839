import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  listPager,
  ExportMenu,
  FilterSelect,
  ListBody,
  ListPagination,
  ListTable,
  NumberCell,
  SearchBox,
} from '@/components/list-page';
import { tk } from '@/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import {
  CONSULTATION_KINDS,
  CONSULTATION_STATUSES,
  downloadConsultationExport,
  useConsultationList,
  type BoardQuery,
} from '../api/consultations';
import { parseBoardParams, parseTab, toBoardParams, type BoardTab } from '../api/board-params';
import { ConsultationStatusBadge, KIND_LABEL, OverdueBadge, STATUS_LABEL } from '../components/labels';
import { OverdueAssignments } from '../components/overdue-assignments';
import { ReviewerPool } from '../components/reviewer-pool';
import { RulesPanel } from '../components/rules-panel';
import { paths } from '@/config/paths';

const SORT_OPTIONS = [
  { value: 'urgency', label: tk('consultations.board.sort.urgency') },
  { value: 'deadline', label: tk('consultations.board.sort.deadline') },
  { value: '-requestDate', label: tk('consultations.board.sort.requestDate') },
  { value: '-updatedAt', label: tk('consultations.board.sort.updatedAt') },
];

/** The office's board: filters, sort, page and tab live in the URL, so links are shareable and Back works. */
export default function ConsultationBoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = parseBoardParams(params);
  const tab = parseTab(params);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('consultations.board.title')}</Title>
        <Button component={Link} to={paths.consultations.create.getHref()} data-testid="create-consultation">
          {t('consultations.board.create')}
        </Button>
      </Group>
      <Tabs
        value={tab}
        onChange={(v) => setParams(toBoardParams({ ...query, page: 1 }, (v as BoardTab | null) ?? 'board'))}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="board" data-testid="tab-board">
            {t('consultations.board.tabs.board')}
          </Tabs.Tab>
          <Tabs.Tab value="overdue" data-testid="tab-overdue">
            {t('consultations.board.tabs.overdue')}
          </Tabs.Tab>
          <Tabs.Tab value="pool" data-testid="tab-pool">
            {t('consultations.board.tabs.pool')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" data-testid="tab-rules">
            {t('consultations.board.tabs.rules')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="md">
          <Board query={query} onChange={(q) => setParams(toBoardParams(q, 'board'))} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          <OverdueAssignments />
        </Tabs.Panel>
        <Tabs.Panel value="pool" pt="md">
          <ReviewerPool />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Board({ query, onChange }: { query: BoardQuery; onChange: (q: BoardQuery) => void }) {
  const { t } = useTranslation();
  const list = useConsultationList(query);
  const update = (change: Partial<BoardQuery>) => onChange({ ...query, page: 1, ...change });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('consultations.board.intro')}
        </Text>
        <ExportMenu download={(format) => downloadConsultationExport(query, format)} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <SearchBox
          label={t('consultations.board.search')}
          placeholder={t('consultations.board.searchPlaceholder')}
          value={query.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
        />
        <FilterSelect
          label={t('consultations.field.kind')}
          placeholder={t('consultations.board.any')}
          value={query.kind}
          values={CONSULTATION_KINDS}
          optionLabel={(k) => t(KIND_LABEL[k])}
          onChange={(kind) => update({ kind })}
          testId="filter-kind"
        />
        <FilterSelect
          label={t('consultations.field.status')}
          placeholder={t('consultations.board.any')}
          value={query.status}
          values={CONSULTATION_STATUSES}
          optionLabel={(s) => t(STATUS_LABEL[s])}
          onChange={(status) => update({ status })}
          testId="filter-status"
        />
        <Select
          label={t('consultations.board.sortBy')}
          allowDeselect={false}
          value={query.sort}
          onChange={(v) => v && update({ sort: v })}
          data={SORT_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
          data-testid="sort"
        />
        <Checkbox
          mt={{ lg: 30 }}
          label={t('consultations.board.overdueOnly')}
          checked={query.overdue ?? false}
          onChange={(e) => update({ overdue: e.currentTarget.checked || undefined })}
          data-testid="filter-overdue"
        />
      </SimpleGrid>
      <ListBody list={list} empty={t('consultations.board.noMatch')}>
        {(data) => (
          <>
            <ListTable
              minWidth={900}
              testId="consultation-table"
              columns={[
                t('consultations.field.subject'),
                t('consultations.field.kind'),
                t('consultations.field.requestingBody'),
                t('consultations.field.deadline'),
                { label: t('consultations.field.status'), miw: 200 },
                { label: t('consultations.board.experts'), align: 'right' },
                { label: t('consultations.board.opinions'), align: 'right' },
              ]}
            >
              {data.items.map((c) => (
                <Table.Tr
                  key={c.id}
                  data-testid="consultation-row"
                  data-overdue={c.overdue || undefined}
                  style={c.overdue ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-8)' } : undefined}
                >
                  <Table.Td>
                    <Anchor component={Link} to={paths.consultations.detail.getHref(c.id)}>
                      {c.subject}
                    </Anchor>
                    {c.requestReference && (
                      <Text size="sm" c="dimmed">
                        {c.requestReference}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(KIND_LABEL[c.kind])}</Table.Td>
                  <Table.Td>{c.requestingBody}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      <Text
                        span
                        size="sm"
                        c={c.overdue ? 'red.9' : undefined}
                        fw={c.overdue ? 700 : undefined}
                      >
                        {formatDate(c.deadline)}
                      </Text>
                      {c.overdue && <OverdueBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <ConsultationStatusBadge status={c.status} />
                  </Table.Td>
                  <NumberCell testId="assigned-count">{formatNumber(c.assignedExperts)}</NumberCell>
                  <NumberCell testId="opinion-count">{formatNumber(c.opinionsSubmitted)}</NumberCell>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination
              {...listPager(query, onChange, data)}
              totalKey={tk('consultations.board.count')}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
