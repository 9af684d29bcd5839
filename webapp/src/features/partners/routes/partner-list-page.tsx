import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListBody, ListPagination, ListTable, SearchBox, useListState } from '@/components/list-page';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { partnerParams } from '../api/params';
import { usePartners } from '../api/partners';
import { ActiveBadge } from '../components/labels';
import { paths } from '@/config/paths';

/** The partner registry (staff read, admin write): search and filters live in the URL. */
export default function PartnerListPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { query, update, pager } = useListState(partnerParams);
  const list = usePartners(query);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('partners.list.title')}</Title>
        {auth.hasRole('admin') && (
          <Button component={Link} to={paths.partners.create.getHref()} data-testid="create-partner">
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
      <ListBody list={list} empty={t('partners.list.none')}>
        {(data) => (
          <>
            <ListTable
              minWidth={760}
              testId="partner-table"
              columns={[
                t('partners.field.name'),
                t('partners.field.province'),
                t('partners.field.contactPerson'),
                t('partners.list.webhook'),
                t('partners.list.pull'),
                { label: t('partners.list.status'), miw: 130 },
              ]}
            >
              {data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="partner-row" data-partner-id={p.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={paths.partners.detail.getHref(p.id)}
                      data-testid="partner-name"
                    >
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
            </ListTable>
            <ListPagination {...pager(data)} totalKey={tk('partners.list.count')} />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
