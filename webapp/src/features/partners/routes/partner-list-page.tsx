import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { SearchBox } from '@/components/list-page/search-box';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { PAGE_SIZES, parsePartnerParams, toPartnerParams } from '../api/params';
import { usePartners, type PartnerQuery } from '../api/partners';
import { ActiveBadge } from '../components/labels';

/** The partner registry (staff read, admin write): search and filters live in the URL. */
export default function PartnerListPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = parsePartnerParams(params);
  const list = usePartners(query);
  const go = (next: PartnerQuery) => setParams(toPartnerParams(next));
  const update = (change: Partial<PartnerQuery>) => go({ ...query, page: 1, ...change });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('partners.list.title')}</Title>
        {auth.hasRole('admin') && (
          <Button component={Link} to="/partners/new" data-testid="create-partner">
            {t('partners.list.create')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('partners.list.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SearchBox
          label={t('partners.list.search')}
          placeholder={t('partners.list.searchPlaceholder')}
          value={query.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
          testId="partner-search"
        />
        <Select
          label={t('partners.list.status')}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('partners.any')}
          value={query.active === undefined ? null : String(query.active)}
          onChange={(v) => update({ active: v === null ? undefined : v === 'true' })}
          data={[
            { value: 'true', label: t('partners.active') },
            { value: 'false', label: t('partners.inactive') },
          ]}
          data-testid="filter-active"
        />
      </SimpleGrid>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState message={t('partners.list.none')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover data-testid="partner-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partners.field.name')}</Table.Th>
                  <Table.Th scope="col">{t('partners.field.province')}</Table.Th>
                  <Table.Th scope="col">{t('partners.field.contactPerson')}</Table.Th>
                  <Table.Th scope="col">{t('partners.list.webhook')}</Table.Th>
                  <Table.Th scope="col">{t('partners.list.pull')}</Table.Th>
                  <Table.Th scope="col" miw={130}>
                    {t('partners.list.status')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.id} data-testid="partner-row" data-partner-id={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${p.id}`} data-testid="partner-name">
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.province}</Table.Td>
                    <Table.Td>{p.contact?.person ?? '—'}</Table.Td>
                    <Table.Td>{p.webhook.url ? t('partners.yes') : t('partners.no')}</Table.Td>
                    <Table.Td>{p.pull ? t('partners.yes') : t('partners.no')}</Table.Td>
                    <Table.Td>
                      <ActiveBadge active={p.active} />
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
            totalKey={tk('partners.list.count')}
            onChange={(page) => go({ ...query, page })}
            pageSizes={PAGE_SIZES}
            onSizeChange={(size) => update({ size })}
          />
        </>
      )}
    </Stack>
  );
}
