import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { formatDate } from '@/lib/format';
import { useEditions } from '../api/contests';
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
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="edition-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('contests.field.year')}</Table.Th>
                <Table.Th scope="col">{t('contests.field.name')}</Table.Th>
                <Table.Th scope="col">{t('contests.board.status')}</Table.Th>
                <Table.Th scope="col">{t('contests.board.phase')}</Table.Th>
                <Table.Th scope="col">{t('contests.field.registrationCloses')}</Table.Th>
                <Table.Th scope="col">{t('contests.board.statistics')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
