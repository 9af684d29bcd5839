import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExportMenu } from '@/components/export-menu';
import { ListPagination } from '@/components/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { SearchBox } from '@/components/search-box';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format';
import { DOCUMENT_SORTS, PAGE_SIZES, parseDocumentParams, toDocumentParams } from '../api/params';
import {
  DIRECTIONS,
  DOCUMENT_TYPES,
  downloadDocumentExport,
  useDocuments,
  type DocumentDirection,
  type DocumentQuery,
  type DocumentType,
} from '../api/registry';
import { DIRECTION_LABEL, TYPE_LABEL } from '../components/labels';
import { DateField } from '@/components/date-fields';
import { paths } from '@/config/paths';

const SORT_LABEL: Record<(typeof DOCUMENT_SORTS)[number], string> = {
  '-documentDate,-number': tk('registry.sort.newest'),
  'documentDate,number': tk('registry.sort.oldest'),
  '-createdAt': tk('registry.sort.registered'),
  '-number': tk('registry.sort.number'),
};

/** The document registry: search, filters, sort and page live in the URL (shareable, Back works). */
export default function RegistryPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const office = auth.hasRole('staff', 'admin');
  const [params, setParams] = useSearchParams();
  const query = parseDocumentParams(params);
  const list = useDocuments(query);
  const go = (next: DocumentQuery) => setParams(toDocumentParams(next));
  const update = (change: Partial<DocumentQuery>) => go({ ...query, page: 1, ...change });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('registry.title')}</Title>
        <Group gap="sm">
          <ExportMenu download={(format) => downloadDocumentExport(query, format)} />
          {office && (
            <>
              <Button
                component={Link}
                to={paths.registry.create.getHref('outgoing')}
                data-testid="create-outgoing"
              >
                {t('registry.createOutgoing')}
              </Button>
              <Button
                component={Link}
                to={paths.registry.create.getHref('incoming')}
                variant="default"
                data-testid="create-incoming"
              >
                {t('registry.createIncoming')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {office ? t('registry.intro') : t('registry.introOfficer')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <SearchBox
          label={t('registry.search')}
          placeholder={t('registry.searchPlaceholder')}
          value={query.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
          testId="registry-search"
        />
        <SearchBox
          label={t('registry.field.symbol')}
          placeholder="106/CTr"
          value={query.number ?? ''}
          onSearch={(number) => update({ number: number || undefined })}
          testId="filter-number"
        />
        <Select
          label={t('registry.field.direction')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('registry.any')}
          value={query.direction ?? null}
          onChange={(v) => update({ direction: (v as DocumentDirection | null) ?? undefined })}
          data={DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_LABEL[d]) }))}
          data-testid="filter-direction"
        />
        <Select
          label={t('registry.field.type')}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('registry.any')}
          value={query.type ?? null}
          onChange={(v) => update({ type: (v as DocumentType | null) ?? undefined })}
          data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(TYPE_LABEL[d]) }))}
          data-testid="filter-type"
        />
        <DateField
          label={t('registry.from')}
          value={query.from ?? ''}
          onChange={(e) => update({ from: e.currentTarget.value || undefined })}
          data-testid="filter-from"
        />
        <DateField
          label={t('registry.to')}
          value={query.to ?? ''}
          onChange={(e) => update({ to: e.currentTarget.value || undefined })}
          data-testid="filter-to"
        />
        <Select
          label={t('registry.sortBy')}
          allowDeselect={false}
          value={query.sort}
          onChange={(v) => v && update({ sort: v })}
          data={DOCUMENT_SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
          data-testid="sort"
        />
      </SimpleGrid>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState message={t('registry.none')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="document-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('registry.field.symbol')}</Table.Th>
                  <Table.Th scope="col">{t('registry.field.documentDate')}</Table.Th>
                  <Table.Th scope="col">{t('registry.field.type')}</Table.Th>
                  <Table.Th scope="col">{t('registry.field.subject')}</Table.Th>
                  <Table.Th scope="col">{t('registry.field.issuingBody')}</Table.Th>
                  <Table.Th scope="col">{t('registry.field.direction')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((d) => (
                  <Table.Tr key={d.id} data-testid="document-row" data-document-id={d.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={paths.registry.document.getHref(d.id)}
                        data-testid="document-symbol"
                      >
                        {d.direction === 'incoming'
                          ? t('registry.entryNumber', { number: d.number, symbol: d.symbol })
                          : d.symbol}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDate(d.documentDate)}</Table.Td>
                    <Table.Td>{t(TYPE_LABEL[d.type])}</Table.Td>
                    <Table.Td>{d.subject}</Table.Td>
                    <Table.Td>{d.issuingBody}</Table.Td>
                    <Table.Td>{t(DIRECTION_LABEL[d.direction])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={query.page}
            size={query.size}
            total={list.data.total}
            totalKey={tk('registry.count')}
            onChange={(page) => go({ ...query, page })}
            pageSizes={PAGE_SIZES}
            onSizeChange={(size) => update({ size })}
          />
        </>
      )}
    </Stack>
  );
}
