import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ExportMenu,
  ListBody,
  ListPagination,
  ListTable,
  SearchBox,
  SortSelect,
  useListState,
} from '@/components/list-page';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { ENTRY_STATUSES, type EntryStatus } from '../api/contests';
import { useCategories } from '../api/categories';
import { useEditions } from '../api/editions';
import { downloadEntriesExport, useEntries } from '../api/entries';
import { ENTRY_SORTS, entryParams } from '../api/entry-params';
import { BoardNav } from '../components/board-nav';
import { AWARD_LABEL, ENTRY_STATUS_LABEL, EntryStatusBadge } from '../components/labels';
import { paths } from '@/config/paths';

const SORT_LABEL: Record<(typeof ENTRY_SORTS)[number], string> = {
  number: tk('contests.entries.sort.number'),
  '-number': tk('contests.entries.sort.numberDesc'),
  title: tk('contests.entries.sort.title'),
  school: tk('contests.entries.sort.school'),
  district: tk('contests.entries.sort.district'),
  status: tk('contests.entries.sort.status'),
  '-updatedAt': tk('contests.entries.sort.updatedAt'),
};

/** Entries with filters in the URL (shareable, Back works); a coordinator sees only its own (the API decides). */
export default function EntriesPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const staff = auth.hasRole('staff', 'admin');
  const { query, update, pager } = useListState(entryParams);
  const editions = useEditions(staff ? 'all' : 'public');
  const categories = useCategories(query.edition);
  const list = useEntries(query);
  const clearable = { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('contests.entries.title')}</Title>
        <Group gap="sm">
          <ExportMenu download={(format) => downloadEntriesExport(query, format)} />
          <Button component={Link} to={paths.contests.entryCreate.getHref()} data-testid="create-entry">
            {t('contests.entries.create')}
          </Button>
        </Group>
      </Group>
      {staff && <BoardNav current="entries" />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <SearchBox
          label={t('contests.entries.search')}
          placeholder={t('contests.entries.searchPlaceholder')}
          value={query.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
          testId="entry-search"
        />
        <Select
          label={t('contests.entry.edition')}
          {...clearable}
          placeholder={t('contests.entries.any')}
          value={query.edition ?? null}
          onChange={(v) => update({ edition: v ?? undefined, category: undefined })}
          data={(editions.data ?? []).map((e) => ({ value: e.id, label: `${e.year} – ${e.name}` }))}
          data-testid="filter-edition"
        />
        <Select
          label={t('contests.entry.category')}
          {...clearable}
          disabled={!query.edition}
          placeholder={query.edition ? t('contests.entries.any') : t('contests.entries.chooseEdition')}
          value={query.category ?? null}
          onChange={(v) => update({ category: v ?? undefined })}
          data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          data-testid="filter-category"
        />
        <Select
          label={t('contests.entries.status')}
          {...clearable}
          placeholder={t('contests.entries.any')}
          value={query.status ?? null}
          onChange={(v) => update({ status: (v as EntryStatus | null) ?? undefined })}
          data={ENTRY_STATUSES.map((s) => ({ value: s, label: t(ENTRY_STATUS_LABEL[s]) }))}
          data-testid="filter-status"
        />
        <SearchBox
          label={t('contests.field.district')}
          value={query.district ?? ''}
          onSearch={(district) => update({ district: district || undefined })}
          testId="filter-district"
        />
        <SearchBox
          label={t('contests.field.school')}
          value={query.school ?? ''}
          onSearch={(school) => update({ school: school || undefined })}
          testId="filter-school"
        />
        <NativeSelect
          label={t('contests.entry.grade')}
          value={query.grade === undefined ? '' : String(query.grade)}
          onChange={(e) =>
            update({ grade: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })
          }
          data={[
            { value: '', label: t('contests.entries.any') },
            ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
          ]}
          data-testid="filter-grade"
        />
        <SortSelect
          label={t('contests.entries.sortBy')}
          value={query.sort as (typeof ENTRY_SORTS)[number]}
          sorts={ENTRY_SORTS}
          sortLabel={SORT_LABEL}
          onChange={(sort) => update({ sort })}
        />
      </SimpleGrid>
      <ListBody list={list} empty={t('contests.entries.none')}>
        {(data) => (
          <>
            <ListTable
              minWidth={960}
              testId="entry-table"
              columns={[
                t('contests.entries.code'),
                t('contests.entry.title'),
                t('contests.entry.category'),
                t('contests.entry.authors'),
                t('contests.field.school'),
                t('contests.field.district'),
                { label: t('contests.entries.status'), miw: 130 },
              ]}
            >
              {data.items.map((e) => (
                <Table.Tr key={e.id} data-testid="entry-row" data-entry-id={e.id}>
                  <Table.Td>{e.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={paths.contests.entry.getHref(e.id)} data-testid="entry-link">
                      {e.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{e.category.name}</Table.Td>
                  <Table.Td>{e.authorNames.join(', ')}</Table.Td>
                  <Table.Td>{e.school}</Table.Td>
                  <Table.Td>{e.district}</Table.Td>
                  <Table.Td>
                    <EntryStatusBadge status={e.status} />
                    {e.award && (
                      <Text size="xs" mt={2}>
                        {t(AWARD_LABEL[e.award])}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination {...pager(data)} totalKey={tk('contests.entries.count')} />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
