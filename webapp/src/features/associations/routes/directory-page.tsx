import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, SearchBox } from '@/components/list-page';
import { formatNumber } from '@/lib/format';
import { useAssociationList } from '../api/associations';
import { parseListParams, toListParams } from '../api/list-params';
import { paths } from '@/config/paths';

/** The public directory of member associations (the API lists only active ones to the public). */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { q, page, size, sort } = parseListParams(params);
  const query = { q, page, size, sort };
  const list = useAssociationList({ ...query, status: 'active' });

  const update = (change: Partial<typeof query>) => setParams(toListParams({ ...query, page: 1, ...change }));

  return (
    <Stack gap="md">
      <Title order={1}>{t('directory.title')}</Title>
      <Text>{t('directory.intro')}</Text>
      <SearchBox
        label={t('directory.search')}
        placeholder={t('directory.searchPlaceholder')}
        value={query.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      <ListBody list={list} empty={query.q ? t('directory.noMatch', { q: query.q }) : t('common.empty')}>
        {(data) => (
          <>
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              component="ul"
              style={{ listStyle: 'none', padding: 0 }}
            >
              {data.items.map((a) => (
                <Card withBorder component="li" key={a.id} data-testid="directory-item">
                  <Anchor component={Link} to={paths.associations.detail.getHref(a.id)} fw={600}>
                    {a.name}
                  </Anchor>
                  <Group gap="xs" mt={4}>
                    <Text size="sm">{a.field}</Text>
                    {a.abbreviation && (
                      <Text size="sm" c="dimmed">
                        ({a.abbreviation})
                      </Text>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" mt={4}>
                    {t('association.membersCount', { formatted: formatNumber(a.memberCount) })}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
            <ListPagination
              page={query.page}
              size={query.size}
              total={data.total}
              totalExact={data.totalExact}
              onChange={(p) => setParams(toListParams({ ...query, page: p }))}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
