import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { SearchBox } from '@/components/list-page/search-box';
import { tk } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { RECIPIENT_KINDS, useRecipients, type RecipientKind, type RecipientQuery } from '../api/distribution';
import { PAGE_SIZES, RECIPIENT_SORTS, parseRecipientParams, toRecipientParams } from '../api/params';
import { DistributionNav } from '../components/distribution-nav';
import { ActiveBadge, KIND_LABEL } from '../components/labels';

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
  const [params, setParams] = useSearchParams();
  const query = parseRecipientParams(params);
  const list = useRecipients(query);
  const go = (next: RecipientQuery) => setParams(toRecipientParams(next));
  const update = (change: Partial<RecipientQuery>) => go({ ...query, page: 1, ...change });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('distribution.recipients.title')}</Title>
        <Button component={Link} to="/distribution/recipients/new" data-testid="create-recipient">
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
        <Select
          label={t('distribution.recipient.kind')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('distribution.any')}
          value={query.kind ?? null}
          onChange={(v) => update({ kind: (v as RecipientKind | null) ?? undefined })}
          data={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
          data-testid="filter-kind"
        />
        <SearchBox
          label={t('distribution.recipient.district')}
          placeholder={t('distribution.recipients.districtPlaceholder')}
          value={query.district ?? ''}
          onSearch={(district) => update({ district: district || undefined })}
          testId="filter-district"
        />
        <Select
          label={t('distribution.recipients.status')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('distribution.any')}
          value={query.active === undefined ? null : String(query.active)}
          onChange={(v) => update({ active: v === null ? undefined : v === 'true' })}
          data={[
            { value: 'true', label: t('distribution.recipient.active') },
            { value: 'false', label: t('distribution.recipient.inactive') },
          ]}
          data-testid="filter-active"
        />
        <Select
          label={t('distribution.sortBy')}
          allowDeselect={false}
          value={query.sort}
          onChange={(v) => v && update({ sort: v })}
          data={RECIPIENT_SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
          data-testid="sort"
        />
      </SimpleGrid>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState message={t('distribution.recipients.none')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="recipient-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('distribution.recipient.name')}</Table.Th>
                  <Table.Th scope="col">{t('distribution.recipient.kind')}</Table.Th>
                  <Table.Th scope="col">{t('distribution.recipient.districtShort')}</Table.Th>
                  <Table.Th scope="col">{t('distribution.recipient.address')}</Table.Th>
                  <Table.Th scope="col">{t('distribution.recipient.contact')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('distribution.recipient.copies')}
                  </Table.Th>
                  <Table.Th scope="col" miw={140}>
                    {t('distribution.recipients.status')}
                  </Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('distribution.recipient.recordCount')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((r) => (
                  <Table.Tr key={r.id} data-testid="recipient-row" data-recipient-id={r.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/distribution/recipients/${r.id}`}
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
                    <Table.Td style={{ textAlign: 'right' }} data-testid="recipient-copies">
                      {formatNumber(r.copies)}
                    </Table.Td>
                    <Table.Td>
                      <ActiveBadge active={r.active} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatNumber(r.recordCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={query.page}
            size={query.size}
            total={list.data.total}
            totalKey={tk('distribution.recipients.count')}
            onChange={(page) => go({ ...query, page })}
            pageSizes={PAGE_SIZES}
            onSizeChange={(size) => update({ size })}
          />
        </>
      )}
    </Stack>
  );
}
