import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '@/components/list-page';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { formatDate } from '@/lib/format';
import { useEditions } from '../api/editions';
import { BoardNav } from '../components/board-nav';
import { EditionStatusBadge, PhaseBadge } from '../components/labels';
import { paths } from '@/config/paths';

/** The contest office: every edition (drafts too), newest first. */
export default function BoardPage() {
  const { t } = useTranslation();
  const editions = useEditions('all');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('contests.board.title')}</Title>
        <Button component={Link} to={paths.contests.editionCreate.getHref()} data-testid="create-edition">
          {t('contests.board.create')}
        </Button>
      </Group>
      <BoardNav current="editions" />
      {editions.isPending ? (
        <LoadingState />
      ) : editions.isError ? (
        <ErrorState error={editions.error} onRetry={() => void editions.refetch()} />
      ) : editions.data.length === 0 ? (
        <EmptyState message={t('contests.board.none')} />
      ) : (
        <ListTable
          minWidth={720}
          testId="edition-table"
          columns={[
            t('contests.field.year'),
            t('contests.field.name'),
            t('contests.board.status'),
            t('contests.board.phase'),
            t('contests.field.registrationCloses'),
            t('contests.board.statistics'),
          ]}
        >
          {editions.data.map((e) => (
            <Table.Tr key={e.id} data-testid="edition-row" data-edition-id={e.id}>
              <Table.Td>{e.year}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.contests.editionEditor.getHref(e.id)}
                  data-testid="edition-link"
                >
                  {e.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <EditionStatusBadge status={e.status} />
              </Table.Td>
              <Table.Td>
                <PhaseBadge phase={e.phase} />
              </Table.Td>
              <Table.Td>{formatDate(e.registrationCloses)}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.contests.statistics.getHref(e.id)}
                  aria-label={t('contests.board.statisticsOf', { year: e.year })}
                >
                  {t('contests.board.statistics')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </Stack>
  );
}
