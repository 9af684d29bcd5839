import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format';
import { usePrograms } from '../api/programs';
import { ProgramStatusBadge } from '../components/labels';

const SIZE = 20;

export default function ProgramListPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = usePrograms(page, SIZE);
  const staff = auth.hasRole('staff', 'admin');

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('programs.list.title')}</Title>
        {staff && (
          <Button component={Link} to="/programs/import" data-testid="import-program">
            {t('programs.import.title')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState message={t('programs.list.empty')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover data-testid="program-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('programs.field.title')}</Table.Th>
                  <Table.Th scope="col">{t('programs.field.term')}</Table.Th>
                  <Table.Th scope="col">{t('programs.field.documentNumber')}</Table.Th>
                  <Table.Th scope="col">{t('programs.field.documentDate')}</Table.Th>
                  <Table.Th scope="col">{t('programs.field.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.id} data-testid="program-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/programs/${p.id}`}>
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {t('programs.termPeriod', { term: p.termLabel, start: p.startYear, end: p.endYear })}
                    </Table.Td>
                    <Table.Td>{p.documentNumber}</Table.Td>
                    <Table.Td>{formatDate(p.documentDate)}</Table.Td>
                    <Table.Td>
                      <ProgramStatusBadge status={p.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={page}
            size={SIZE}
            total={list.data.total}
            totalKey={tk('programs.list.total')}
            onChange={(p) => setParams({ page: String(p) })}
          />
        </>
      )}
    </Stack>
  );
}
