import { Anchor, Badge, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterSelect, ListBody, ListPagination, ListTable } from '@/components/list-page';
import { tk } from '@/i18n';
import { formatDate } from '@/lib/format';
import { HANDLING_STATES, useHandlingList, type HandlingQuery, type HandlingState } from '../api/handling';
import { STATE_COLOR, STATE_LABEL } from './handling-labels';
import { paths } from '@/config/paths';

const SIZE = 20;

/** The filters of a handling list, kept in the URL (state, overdue=true|false, page). */
function parse(params: URLSearchParams): HandlingQuery {
  const state = params.get('state');
  const overdue = params.get('overdue');
  const page = Number(params.get('page'));
  return {
    state: HANDLING_STATES.includes(state as HandlingState) ? (state as HandlingState) : undefined,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: SIZE,
  };
}

function toParams(q: HandlingQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.state) p.set('state', q.state);
  if (q.overdue !== undefined) p.set('overdue', String(q.overdue));
  if (q.page > 1) p.set('page', String(q.page));
  return p;
}

const OVERDUE_OPTIONS = [
  { value: 'true', label: tk('registry.handling.overdueOnly') },
  { value: 'false', label: tk('registry.handling.notOverdue') },
];

/** Incoming documents by handling: overdue first (the API's order), filtered by state and overdue. */
export function HandlingTable({ mine, title, intro }: { mine: boolean; title: string; intro: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = parse(params);
  const list = useHandlingList(mine, query);
  const update = (change: Partial<HandlingQuery>) => setParams(toParams({ ...query, page: 1, ...change }));

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <FilterSelect
          label={t('registry.handling.state')}
          placeholder={t('registry.handling.allStates')}
          value={query.state}
          values={HANDLING_STATES}
          optionLabel={(s) => t(STATE_LABEL[s])}
          onChange={(state) => update({ state })}
          testId="filter-state"
        />
        <Select
          label={t('registry.handling.overdueFilter')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('registry.any')}
          value={query.overdue === undefined ? null : String(query.overdue)}
          onChange={(v) => update({ overdue: v === null ? undefined : v === 'true' })}
          data={OVERDUE_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
          data-testid="filter-overdue"
        />
      </SimpleGrid>
      <ListBody list={list} empty={t('registry.handling.none')}>
        {(data) => (
          <>
            <ListTable
              minWidth={900}
              testId="handling-table"
              columns={[
                t('registry.field.entryNumber'),
                t('registry.field.receivedOn'),
                t('registry.field.subject'),
                t('registry.field.issuingBody'),
                t('registry.handling.state'),
                t('registry.handling.deadline'),
                t('registry.handling.handlers'),
              ]}
            >
              {data.items.map((l) => (
                <Table.Tr
                  key={l.documentId}
                  data-testid="handling-row"
                  data-document-id={l.documentId}
                  data-overdue={l.overdue}
                >
                  <Table.Td>
                    <Anchor component={Link} to={paths.registry.document.getHref(l.documentId)}>
                      {t('registry.entryNumber', { number: `${l.number}/${l.year}`, symbol: l.symbol })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(l.receivedOn)}</Table.Td>
                  <Table.Td>{l.subject}</Table.Td>
                  <Table.Td>{l.issuingBody}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[l.state]} variant="dot">
                      {t(STATE_LABEL[l.state])}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{formatDate(l.deadline)}</Text>
                      {l.overdue && (
                        <Badge color="red.9" size="sm">
                          {t('registry.handling.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{l.handlers.join(', ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination
              page={query.page}
              size={query.size}
              total={data.total}
              totalKey={tk('registry.handling.count')}
              onChange={(page) => setParams(toParams({ ...query, page }))}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
