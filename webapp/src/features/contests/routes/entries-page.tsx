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
import { Link, useSearchParams } from 'react-router';
import { ExportMenu } from '@/components/list-page/export-menu';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { SearchBox } from '@/components/list-page/search-box';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import {
  ENTRY_STATUSES,
  useCategories,
  useEditions,
  downloadEntriesExport,
  useEntries,
  type EntryQuery,
  type EntryStatus,
} from '../api/contests';
import { ENTRY_SORTS, PAGE_SIZES, parseEntryParams, toEntryParams } from '../api/entry-params';
import { BoardNav } from '../components/board-nav';
import { AWARD_LABEL, ENTRY_STATUS_LABEL, EntryStatusBadge } from '../components/labels';

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
  const [params, setParams] = useSearchParams();
  const query = parseEntryParams(params);
  const editions = useEditions(staff ? 'all' : 'public');
  const categories = useCategories(query.edition);
  const list = useEntries(query);
  const go = (next: EntryQuery) => setParams(toEntryParams(next));
  const update = (change: Partial<EntryQuery>) => go({ ...query, page: 1, ...change });
  const clearable = { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('contests.entries.title')}</Title>
        <Group gap="sm">
          <ExportMenu download={(format) => downloadEntriesExport(query, format)} />
          <Button component={Link} to="/contest-entries/new" data-testid="create-entry">
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
        <Select
          label={t('contests.entries.sortBy')}
          allowDeselect={false}
          value={query.sort}
          onChange={(v) => v && update({ sort: v })}
          data={ENTRY_SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
          data-testid="sort"
        />
      </SimpleGrid>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState message={t('contests.entries.none')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover data-testid="entry-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('contests.entries.code')}</Table.Th>
                  <Table.Th scope="col">{t('contests.entry.title')}</Table.Th>
                  <Table.Th scope="col">{t('contests.entry.category')}</Table.Th>
                  <Table.Th scope="col">{t('contests.entry.authors')}</Table.Th>
                  <Table.Th scope="col">{t('contests.field.school')}</Table.Th>
                  <Table.Th scope="col">{t('contests.field.district')}</Table.Th>
                  <Table.Th scope="col" miw={130}>
                    {t('contests.entries.status')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((e) => (
                  <Table.Tr key={e.id} data-testid="entry-row" data-entry-id={e.id}>
                    <Table.Td>{e.code}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/contest-entries/${e.id}`} data-testid="entry-link">
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={query.page}
            size={query.size}
            total={list.data.total}
            totalExact={list.data.totalExact}
            totalKey={tk('contests.entries.count')}
            onChange={(page) => go({ ...query, page })}
            pageSizes={PAGE_SIZES}
            onSizeChange={(size) => update({ size })}
          />
        </>
      )}
    </Stack>
  );
}
