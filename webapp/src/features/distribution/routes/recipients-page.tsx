import { Anchor, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  BooleanFilter,
  FilterSelect,
  ListBody,
  ListPagination,
  ListTable,
  NumberCell,
  SearchBox,
  SortSelect,
  useListState,
} from '@/components/list-page';
import { tk } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { RECIPIENT_KINDS, useRecipients } from '../api/distribution';
import { RECIPIENT_SORTS, recipientParams } from '../api/params';
import { DistributionNav } from '../components/distribution-nav';
import { ActiveBadge, KIND_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

const SORT_LABEL: Record<(typeof RECIPIENT_SORTS)[number], string> = {
  'district,name': tk('distribution.recipients.sort.district'),
  name: tk('distribution.recipients.sort.name'),
  'kind,name': tk('distribution.recipients.sort.kind'),
  '-copies': tk('distribution.recipients.sort.copies'),
  '-updatedAt': tk('distribution.recipients.sort.updatedAt'),
};

/** The bulletin's recipients: search, filters, sort and page live in the URL (shareable, Back works). */
export default function RecipientsPage() {
  const { t } = useTranslation();
  const { query, update, pager } = useListState(recipientParams);
  const list = useRecipients(query);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('distribution.recipients.title')}</Title>
        <Button
          component={Link}
          to={paths.distribution.recipientCreate.getHref()}
          data-testid="create-recipient"
        >
          {t('distribution.recipients.create')}
        </Button>
      </Group>
      <DistributionNav current="recipients" />
      <Text size="sm" c="dimmed">
        {t('distribution.recipients.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <SearchBox
          label={t('distribution.recipients.search')}
          placeholder={t('distribution.recipients.searchPlaceholder')}
          value={query.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
          testId="recipient-search"
        />
        <FilterSelect
          label={t('distribution.recipient.kind')}
          placeholder={t('distribution.any')}
          value={query.kind}
          values={RECIPIENT_KINDS}
          optionLabel={(k) => t(KIND_LABEL[k])}
          onChange={(kind) => update({ kind })}
          testId="filter-kind"
        />
        <SearchBox
          label={t('distribution.recipient.district')}
          placeholder={t('distribution.recipients.districtPlaceholder')}
          value={query.district ?? ''}
          onSearch={(district) => update({ district: district || undefined })}
          testId="filter-district"
        />
        <BooleanFilter
          label={t('distribution.recipients.status')}
          placeholder={t('distribution.any')}
          value={query.active}
          yes={t('distribution.recipient.active')}
          no={t('distribution.recipient.inactive')}
          onChange={(active) => update({ active })}
          testId="filter-active"
        />
        <SortSelect
          label={t('distribution.sortBy')}
          value={query.sort as (typeof RECIPIENT_SORTS)[number]}
          sorts={RECIPIENT_SORTS}
          sortLabel={SORT_LABEL}
          onChange={(sort) => update({ sort })}
        />
      </SimpleGrid>
      <ListBody list={list} empty={t('distribution.recipients.none')}>
        {(data) => (
          <>
            <ListTable
              minWidth={900}
              testId="recipient-table"
              columns={[
                t('distribution.recipient.name'),
                t('distribution.recipient.kind'),
                t('distribution.recipient.districtShort'),
                t('distribution.recipient.address'),
                t('distribution.recipient.contact'),
                { label: t('distribution.recipient.copies'), align: 'right' },
                { label: t('distribution.recipients.status'), miw: 140 },
                { label: t('distribution.recipient.recordCount'), align: 'right' },
              ]}
            >
              {data.items.map((r) => (
                <Table.Tr key={r.id} data-testid="recipient-row" data-recipient-id={r.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={paths.distribution.recipient.getHref(r.id)}
                      data-testid="recipient-name"
                    >
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(KIND_LABEL[r.kind])}</Table.Td>
                  <Table.Td>{r.district ?? '—'}</Table.Td>
                  <Table.Td>{r.address}</Table.Td>
                  <Table.Td>
                    {r.contactPerson || r.phone ? (
                      <>
                        {r.contactPerson && <Text size="sm">{r.contactPerson}</Text>}
                        {r.phone && <Text size="sm">{r.phone}</Text>}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <NumberCell testId="recipient-copies">{formatNumber(r.copies)}</NumberCell>
                  <Table.Td>
                    <ActiveBadge active={r.active} />
                  </Table.Td>
                  <NumberCell>{formatNumber(r.recordCount)}</NumberCell>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination {...pager(data)} totalKey={tk('distribution.recipients.count')} />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
