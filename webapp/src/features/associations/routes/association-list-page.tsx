import {
  Anchor,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  ExportMenu,
  ListBody,
  ListPagination,
  ListTable,
  NumberCell,
  SearchBox,
} from '@/components/list-page';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, formatNumber } from '@/lib/format';
import { tk } from '@/i18n';
import {
  downloadAssociationExport,
  useAssociationList,
  type AssociationStatus,
  type CongressStatus,
  type ListQuery,
} from '../api/associations';
import { CONGRESS_STATUSES, PAGE_SIZES, STATUSES, parseListParams, toListParams } from '../api/list-params';
import { CONGRESS_LABEL, CongressBadge, STATUS_LABEL, StatusBadge } from '../components/labels';
import { paths } from '@/config/paths';

const SORT_OPTIONS = [
  { value: 'name', label: tk('list.sort.nameAsc') },
  { value: '-name', label: tk('list.sort.nameDesc') },
  { value: 'field', label: tk('list.sort.field') },
  { value: '-memberCount', label: tk('list.sort.memberCountDesc') },
  { value: 'memberCount', label: tk('list.sort.memberCountAsc') },
  { value: 'currentTermEnd', label: tk('list.sort.termEnd') },
  { value: '-updatedAt', label: tk('list.sort.updated') },
];

/** Signed-in list: filters, sort and page live in the URL, so links are shareable and Back works. */
export default function AssociationListPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = parseListParams(params);
  const list = useAssociationList(query);
  const canCreate = auth.hasRole('staff', 'admin');
  const seesAll = auth.hasRole('staff', 'admin');

  const update = (change: Partial<ListQuery>) => setParams(toListParams({ ...query, page: 1, ...change }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('list.title')}</Title>
        <Group gap="xs">
          <ExportMenu download={(format) => downloadAssociationExport(query, format)} />
          {canCreate && (
            <Button
              component={Link}
              to={paths.associations.create.getHref()}
              data-testid="create-association"
            >
              {t('list.create')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <SearchBox
          label={t('list.search')}
          value={query.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
        />
        {seesAll && (
          <Select
            label={t('association.field.status')}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            placeholder={t('list.any')}
            value={query.status ?? null}
            onChange={(v) => update({ status: (v as AssociationStatus | null) ?? undefined })}
            data={STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
          />
        )}
        <TextInput
          label={t('association.field.field')}
          defaultValue={query.field ?? ''}
          key={query.field ?? ''}
          onBlur={(e) => update({ field: e.currentTarget.value.trim() || undefined })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') update({ field: e.currentTarget.value.trim() || undefined });
          }}
        />
        <Select
          label={t('association.field.congressStatus')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('list.any')}
          value={query.congressStatus ?? null}
          onChange={(v) => update({ congressStatus: (v as CongressStatus | null) ?? undefined })}
          data={CONGRESS_STATUSES.map((s) => ({ value: s, label: t(CONGRESS_LABEL[s]) }))}
        />
        <Select
          label={t('list.sortBy')}
          allowDeselect={false}
          value={query.sort}
          onChange={(v) => v && update({ sort: v })}
          data={SORT_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
          data-testid="sort"
        />
      </SimpleGrid>
      <ListBody list={list} empty={t('list.noMatch')}>
        {(data) => (
          <>
            <ListTable
              minWidth={640}
              testId="association-table"
              columns={[
                t('association.field.name'),
                t('association.field.field'),
                t('association.field.status'),
                { label: t('association.field.memberCount'), align: 'right' },
                t('association.field.currentTermEnd'),
                t('association.field.congressStatus'),
              ]}
            >
              {data.items.map((a) => (
                <Table.Tr key={a.id} data-testid="association-row">
                  <Table.Td>
                    <Anchor component={Link} to={paths.associations.detail.getHref(a.id)}>
                      {a.name}
                    </Anchor>
                    {a.abbreviation && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        ({a.abbreviation})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{a.field}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={a.status} />
                  </Table.Td>
                  <NumberCell>{formatNumber(a.memberCount)}</NumberCell>
                  <Table.Td>{formatDate(a.currentTermEnd)}</Table.Td>
                  <Table.Td>
                    <CongressBadge status={a.congressStatus} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination
              page={query.page}
              size={query.size}
              total={data.total}
              totalExact={data.totalExact}
              onChange={(page) => setParams(toListParams({ ...query, page }))}
              pageSizes={PAGE_SIZES}
              onSizeChange={(size) => update({ size })}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
