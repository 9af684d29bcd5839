import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, ListTable } from '@/components/list-page';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format';
import { usePrograms } from '../api/programs';
import { ProgramStatusBadge } from '../components/labels';
import { paths } from '@/config/paths';

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
          <Button component={Link} to={paths.programs.import.getHref()} data-testid="import-program">
            {t('programs.import.title')}
          </Button>
        )}
      </Group>
      <ListBody list={list} empty={t('programs.list.empty')}>
        {(data) => (
          <>
            <ListTable
              minWidth={560}
              testId="program-table"
              columns={[
                t('programs.field.title'),
                t('programs.field.term'),
                t('programs.field.documentNumber'),
                t('programs.field.documentDate'),
                t('programs.field.status'),
              ]}
            >
              {data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="program-row">
                  <Table.Td>
                    <Anchor component={Link} to={paths.programs.detail.getHref(p.id)}>
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
            </ListTable>
            <ListPagination
              page={page}
              size={SIZE}
              total={data.total}
              totalKey={tk('programs.list.total')}
              onChange={(p) => setParams({ page: String(p) })}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
