import { Anchor, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '@/components/date-fields';
import {
  ExportMenu,
  FilterSelect,
  ListBody,
  ListPagination,
  ListTable,
  SearchBox,
  SortSelect,
  useListState,
} from '@/components/list-page';
import { paths } from '@/config/paths';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format';
import { DOCUMENT_SORTS, documentParams } from '../api/params';
import { DIRECTIONS, DOCUMENT_TYPES, downloadDocumentExport, useDocuments } from '../api/registry';
import { DIRECTION_LABEL, TYPE_LABEL } from '../components/labels';

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
  const { query, update, pager } = useListState(documentParams);
  const list = useDocuments(query);

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
        <FilterSelect
          label={t('registry.field.direction')}
          placeholder={t('registry.any')}
          value={query.direction}
          values={DIRECTIONS}
          optionLabel={(d) => t(DIRECTION_LABEL[d])}
          onChange={(direction) => update({ direction })}
          testId="filter-direction"
        />
        <FilterSelect
          label={t('registry.field.type')}
          searchable
          placeholder={t('registry.any')}
          value={query.type}
          values={DOCUMENT_TYPES}
          optionLabel={(d) => t(TYPE_LABEL[d])}
          onChange={(type) => update({ type })}
          testId="filter-type"
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
        <SortSelect
          label={t('registry.sortBy')}
          value={query.sort as (typeof DOCUMENT_SORTS)[number]}
          sorts={DOCUMENT_SORTS}
          sortLabel={SORT_LABEL}
          onChange={(sort) => update({ sort })}
        />
      </SimpleGrid>
      <ListBody list={list} empty={t('registry.none')}>
        {(data) => (
          <>
            <ListTable
              minWidth={900}
              testId="document-table"
              columns={[
                t('registry.field.symbol'),
                t('registry.field.documentDate'),
                t('registry.field.type'),
                t('registry.field.subject'),
                t('registry.field.issuingBody'),
                t('registry.field.direction'),
              ]}
            >
              {data.items.map((d) => (
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
            </ListTable>
            <ListPagination {...pager(data)} totalKey={tk('registry.count')} />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
